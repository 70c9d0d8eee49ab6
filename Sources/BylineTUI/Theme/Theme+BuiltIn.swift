extension Theme {
  /// The default theme: `themes/default.theme` as embedded in the binary, 8 colours on the
  /// terminal's own background, so it fits every colour terminal. It starts the `t` cycle and
  /// replaces a theme that is broken or needs more colours than the terminal has.
  public static let builtInDefault: Theme = {
    let name = "default"
    guard let source = ShippedThemes.sources[name],
      let theme = try? ThemeParser.parse(source, name: name, file: "themes/\(name).theme")
    else {
      // Unreachable while the shipped file parses (ThemeCatalogTests parses every shipped
      // theme); every role then keeps the terminal's colours and its monochrome attributes.
      return Theme.resolved(name: name, entries: [:])
    }
    return theme
  }()

}
