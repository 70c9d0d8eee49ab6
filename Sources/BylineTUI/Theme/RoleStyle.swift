/// How one style role looks: colours and attributes for colour terminals, and the attributes
/// that carry the same meaning on a terminal without colour.
public struct RoleStyle: Hashable, Sendable {
  /// Foreground colour.
  public var foreground: TerminalColor
  /// Background colour.
  public var background: TerminalColor
  /// Attributes used together with the colours.
  public var attributes: TextAttributes
  /// Attributes used instead when the terminal has no colour (or `NO_COLOR` is set).
  public var monochrome: TextAttributes

  /// Creates a style.
  public init(
    foreground: TerminalColor = .terminalDefault, background: TerminalColor = .terminalDefault,
    attributes: TextAttributes = [], monochrome: TextAttributes = []
  ) {
    self.foreground = foreground
    self.background = background
    self.attributes = attributes
    self.monochrome = monochrome
  }
}
