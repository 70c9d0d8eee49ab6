/// The themes of one run of the reader, as
/// ``ThemeCatalog/lineup(requested:colorCount:environment:)`` finds and fits them.
public struct ThemeLineup: Sendable {
  /// The themes `t` cycles through, fitted to the terminal; the default theme is always there.
  public var themes: [Theme]
  /// The theme to start with: the requested one, or the default when it could not be used.
  public var startName: String
  /// What to tell the user: why the requested theme was not used, and theme files that did
  /// not load.
  public var messages: [String]
}
