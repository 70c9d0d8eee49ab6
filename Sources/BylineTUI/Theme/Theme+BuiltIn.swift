extension Theme {
  /// The default theme, compiled in: 8 colours on the terminal's own background, so it works on
  /// every colour terminal. Used when no theme is chosen, when a theme file is broken, and when
  /// a theme needs more colours than the terminal has. `themes/default.theme` is the same theme
  /// as a file (a test keeps the two equal).
  public static let builtInDefault = Theme.resolved(name: "default", entries: builtInEntries)

  /// The monochrome theme: terminal-default colours, every role its monochrome attributes.
  public static let monochrome = Theme.resolved(name: "mono", entries: [:]).monochromeForm()

  /// The entries of the built-in default theme.
  private static let builtInEntries: [StyleRole: ThemeEntry] = [
    .normal: ThemeEntry(foreground: .terminalDefault, background: .terminalDefault),
    .border: ThemeEntry(foreground: .indexed(4), background: .terminalDefault),
    .title: ThemeEntry(foreground: .indexed(3), background: .terminalDefault, attributes: .bold),
    .status: ThemeEntry(foreground: .indexed(7), background: .indexed(4)),
    .statusError: ThemeEntry(foreground: .indexed(7), background: .indexed(1), attributes: .bold),
    .listNormal: ThemeEntry(foreground: .terminalDefault, background: .terminalDefault),
    .listSelected: ThemeEntry(foreground: .indexed(0), background: .indexed(6)),
    .listUnread: ThemeEntry(
      foreground: .terminalDefault, background: .terminalDefault, attributes: .bold),
    .listMeta: ThemeEntry(foreground: .indexed(6), background: .terminalDefault),
    .bodyText: ThemeEntry(foreground: .terminalDefault, background: .terminalDefault),
    .bodyHeading: ThemeEntry(
      foreground: .indexed(3), background: .terminalDefault, attributes: .bold),
    .bodyQuote: ThemeEntry(foreground: .indexed(2), background: .terminalDefault),
    .bodyHeader: ThemeEntry(
      foreground: .indexed(6), background: .terminalDefault, attributes: .bold),
    .bodyLink: ThemeEntry(
      foreground: .indexed(4), background: .terminalDefault, attributes: .underline),
    .searchMatch: ThemeEntry(foreground: .indexed(0), background: .indexed(3), attributes: .bold),
    .searchCurrent: ThemeEntry(
      foreground: .indexed(0), background: .indexed(2), attributes: .bold),
    .entityPerson: ThemeEntry(
      foreground: .indexed(2), background: .terminalDefault, attributes: .bold),
    .entityOrganization: ThemeEntry(foreground: .indexed(5), background: .terminalDefault),
    .entityLocation: ThemeEntry(foreground: .indexed(6), background: .terminalDefault),
    .entityMisc: ThemeEntry(foreground: .indexed(3), background: .terminalDefault),
    .entityDate: ThemeEntry(foreground: .indexed(4), background: .terminalDefault),
    .entityMoney: ThemeEntry(foreground: .indexed(1), background: .terminalDefault),
    .entityPercent: ThemeEntry(
      foreground: .indexed(1), background: .terminalDefault, attributes: .underline),
    .entityFocused: ThemeEntry(
      foreground: .indexed(0), background: .indexed(7), attributes: .bold),
  ]
}
