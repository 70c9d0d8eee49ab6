import Foundation

/// Finds and loads themes: the ones shipped with Byline (embedded in the binary) and the user's
/// own, `$XDG_CONFIG_HOME/byline/themes/NAME.theme` (`~/.config/…` when the variable is unset).
/// A user theme with a shipped theme's name replaces it.
public struct ThemeCatalog: Sendable {
  /// The directory of the user's theme files, or `nil` when there is none.
  public var userDirectory: String?

  /// The largest theme file read, in bytes; anything larger is not a theme.
  static let maximumFileSize = 1 << 20

  /// Creates a catalog reading user themes from `userDirectory`.
  public init(userDirectory: String?) {
    self.userDirectory = userDirectory
  }

  /// Creates a catalog whose user directory follows the XDG rules in `environment`.
  public init(environment: [String: String]) {
    if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
      userDirectory = config + "/byline/themes"
    } else if let home = environment["HOME"], !home.isEmpty {
      userDirectory = home + "/.config/byline/themes"
    } else {
      userDirectory = nil
    }
  }

  /// The names of the themes shipped with Byline, sorted.
  public static var shippedNames: [String] { ShippedThemes.sources.keys.sorted() }

  /// Every theme name available: shipped and the user's, sorted, without repeats.
  public func availableNames() -> [String] {
    var names = Set(Self.shippedNames)
    if let userDirectory,
      let files = try? FileManager.default.contentsOfDirectory(atPath: userDirectory)
    {
      for file in files where file.hasSuffix(".theme") {
        let name = String(file.dropLast(".theme".count))
        if Self.isValidName(name) { names.insert(name) }
      }
    }
    return names.sorted()
  }

  /// Loads the theme called `name`: the user's file if there is one, else the shipped theme.
  public func load(named name: String) throws(ThemeError) -> Theme {
    guard Self.isValidName(name) else { throw .invalidName(name: name) }
    var searched: [String] = []
    if let userDirectory {
      let path = userDirectory + "/" + name + ".theme"
      searched.append(userDirectory)
      if FileManager.default.fileExists(atPath: path) {
        return try ThemeParser.parse(try Self.read(path), name: name, file: path)
      }
    }
    searched.append("shipped themes")
    guard let source = ShippedThemes.sources[name] else {
      throw .notFound(name: name, searched: searched)
    }
    return try ThemeParser.parse(source, name: name, file: "themes/\(name).theme")
  }

  /// The theme to draw with, ready for the terminal, and messages to show the user.
  ///
  /// `NO_COLOR` (set and not empty in `environment`) or fewer than 8 colours give the
  /// monochrome theme. Otherwise the named theme (the default when `name` is `nil`) is loaded;
  /// when it cannot be — a missing or broken file — its error becomes a message and the built-in
  /// default is used. The result is fitted to `colorCount` (``Theme/adapted(toColorCount:)``).
  public func theme(
    named name: String?, colorCount: Int, environment: [String: String]
  ) -> (theme: Theme, messages: [String]) {
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty {
      return (Theme.monochrome, [])
    }
    var messages: [String] = []
    var theme = Theme.builtInDefault
    if let name, name != Theme.builtInDefault.name || userFileExists(name) {
      do {
        theme = try load(named: name)
      } catch {
        messages.append("\(error); using the default theme")
      }
    }
    let (adapted, warning) = theme.adapted(toColorCount: colorCount)
    if let warning { messages.append(warning) }
    return (adapted, messages)
  }

  /// Whether the user has a file for theme `name`.
  private func userFileExists(_ name: String) -> Bool {
    guard let userDirectory, Self.isValidName(name) else { return false }
    return FileManager.default.fileExists(atPath: userDirectory + "/" + name + ".theme")
  }

  /// Whether `name` is a plain theme name: ASCII letters, digits, `-`, `_` and `.`, not
  /// starting with `.`, so it can never reach outside the themes directory.
  static func isValidName(_ name: String) -> Bool {
    guard let first = name.unicodeScalars.first, first != ".", name.utf8.count <= 64 else {
      return false
    }
    return name.unicodeScalars.allSatisfy { scalar in
      scalar.isASCII
        && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
          || "-_.".unicodeScalars
            .contains(scalar))
    }
  }

  /// The text of the theme file at `path`.
  private static func read(_ path: String) throws(ThemeError) -> String {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw .unreadable(file: path, reason: error.localizedDescription)
    }
    guard data.count <= maximumFileSize else {
      throw .unreadable(file: path, reason: "larger than \(maximumFileSize) bytes")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw .unreadable(file: path, reason: "not UTF-8 text")
    }
    return text
  }
}
