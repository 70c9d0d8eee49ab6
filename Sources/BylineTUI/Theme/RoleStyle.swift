/// How one style role looks: colours and attributes for colour terminals, and the attributes
/// that carry the same meaning on a terminal without colour.
struct RoleStyle: Hashable, Sendable {
  /// Foreground colour.
  var foreground: TerminalColor
  /// Background colour.
  var background: TerminalColor
  /// Attributes used together with the colours.
  var attributes: TextAttributes
  /// Attributes used instead when the terminal has no colour (or `NO_COLOR` is set).
  var monochrome: TextAttributes

  init(
    foreground: TerminalColor = .terminalDefault, background: TerminalColor = .terminalDefault,
    attributes: TextAttributes = [], monochrome: TextAttributes = []
  ) {
    self.foreground = foreground
    self.background = background
    self.attributes = attributes
    self.monochrome = monochrome
  }
}
