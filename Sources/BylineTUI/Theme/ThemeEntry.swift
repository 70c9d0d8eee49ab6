/// One role's line of a theme file, before fallbacks are resolved.
public struct ThemeEntry: Hashable, Sendable {
  /// Foreground colour.
  public var foreground: TerminalColor
  /// Background colour.
  public var background: TerminalColor
  /// Attributes used with colour.
  public var attributes: TextAttributes
  /// Monochrome attributes given with `mono:`; `nil` keeps the role's built-in ones.
  public var monochrome: TextAttributes?

  /// Creates an entry.
  public init(
    foreground: TerminalColor, background: TerminalColor, attributes: TextAttributes = [],
    monochrome: TextAttributes? = nil
  ) {
    self.foreground = foreground
    self.background = background
    self.attributes = attributes
    self.monochrome = monochrome
  }
}
