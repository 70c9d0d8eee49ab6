/// One role's line of a theme file, before fallbacks are resolved.
struct ThemeEntry: Hashable, Sendable {
  /// Foreground colour.
  var foreground: TerminalColor
  /// Background colour.
  var background: TerminalColor
  /// Attributes used with colour.
  var attributes: TextAttributes
  /// Monochrome attributes given with `mono:`; `nil` keeps the role's built-in ones.
  var monochrome: TextAttributes?

  init(
    foreground: TerminalColor, background: TerminalColor, attributes: TextAttributes = [],
    monochrome: TextAttributes? = nil
  ) {
    self.foreground = foreground
    self.background = background
    self.attributes = attributes
    self.monochrome = monochrome
  }
}
