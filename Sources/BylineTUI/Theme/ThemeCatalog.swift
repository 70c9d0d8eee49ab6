import Foundation

/// Finds and loads themes: the ones shipped with Byline (embedded in the binary) and the user's
/// own, `$XDG_CONFIG_HOME/byline/themes/NAME.theme` (`~/.config/…` when the variable is unset).
/// A user theme with a shipped theme's name replaces it.
public struct ThemeCatalog: Sendable {
  /// The directory of the user's theme files, or `nil` when there is none.
  var userDirectory: String?

  /// The largest theme file read, in bytes; anything larger is not a theme.
  static let maximumFileSize = 1 << 20

  /// Creates a catalog reading user themes from `userDirectory`.
  init(userDirectory: String?) {
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
  static var shippedNames: [String] { ShippedThemes.sources.keys.sorted() }

  /// Every theme name available: shipped and the user's, sorted, without repeats.
  func availableNames() -> [String] {
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
  func load(named name: String) throws(ThemeError) -> Theme {
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

  /// The shipped themes `t` reaches first, in this order: for dark terminals, for light ones,
  /// and without colour. The other themes, shipped and the user's, follow by name.
  static let leadingNames = ["default", "light", "mono"]

  /// Every theme `t` cycles through, fitted to a terminal with `colorCount` colours, and the one
  /// to start with: `requested` (from `--theme` or the config file) when it can be used, else
  /// the default theme.
  ///
  /// `NO_COLOR` (set and not empty in `environment`) counts as no colours, so every theme takes
  /// its monochrome form. A theme that does not load (a broken user file) is left out with its
  /// error as a message; one that needs more colours than the terminal has
  /// (``Theme/adapted(toColorCount:)``) is left out silently unless it was requested. A
  /// requested theme that cannot be used puts its reason first among the messages.
  public func lineup(
    requested: String?, colorCount: Int, environment: [String: String]
  ) -> ThemeLineup {
    let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
    let colors = noColor ? 0 : colorCount
    let available = availableNames()
    let names =
      Self.leadingNames.filter(available.contains)
      + available.filter { !Self.leadingNames.contains($0) }
    var themes: [Theme] = []
    var messages: [String] = []
    var requestedProblem: String?
    for name in names {
      let theme: Theme
      do {
        theme = try load(named: name)
      } catch {
        if name == requested {
          requestedProblem = "\(error); using the default theme"
        } else {
          messages.append("\(error)")
        }
        continue
      }
      let (fitted, warning) = theme.adapted(toColorCount: colors)
      if let warning {
        if name == requested { requestedProblem = warning }
        continue
      }
      themes.append(fitted)
    }
    let defaultName = Theme.builtInDefault.name
    if !themes.contains(where: { $0.name == defaultName }) {
      // The user's own default.theme was broken or too colourful: the shipped one stands in.
      themes.insert(Theme.builtInDefault.adapted(toColorCount: colors).theme, at: 0)
    }
    if let requested, !available.contains(requested) {
      do {
        _ = try load(named: requested)
      } catch {
        requestedProblem = "\(error); using the default theme"
      }
    }
    var start = defaultName
    if let requested, requestedProblem == nil, themes.contains(where: { $0.name == requested }) {
      start = requested
    }
    return ThemeLineup(
      themes: themes, startName: start, messages: (requestedProblem.map { [$0] } ?? []) + messages)
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
