import Foundation

/// Reads the reader's config file: one setting a line, `#` starts a comment.
///
/// ```
/// bind J page-down
/// theme light
/// layout stacked
/// reading-width 72
/// status-cues on
/// mouse no
/// entity-stops all
/// offline yes
/// ca-file /etc/byline/extra-ca.pem
/// ```
public enum ConfigParser {
  /// The config file's path: `$XDG_CONFIG_HOME/byline/config`, else `~/.config/byline/config`.
  public static func defaultPath(environment: [String: String]) -> String {
    if let base = environment["XDG_CONFIG_HOME"], !base.isEmpty {
      return base + "/byline/config"
    }
    let home = environment["HOME"] ?? NSHomeDirectory()
    return home + "/.config/byline/config"
  }

  /// Applies the settings in `text` (read from `file`) to `config`. Bad lines are skipped and
  /// reported; the rest still apply.
  static func apply(
    _ text: String, file: String, to config: inout ReaderConfig
  ) -> [ConfigProblem] {
    var problems: [ConfigProblem] = []
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let line = index + 1
      let content =
        rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        .first.map(String.init) ?? ""
      let words = content.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
        .map(String.init)
      guard let setting = words.first else { continue }
      switch setting {
      case "bind":
        guard words.count == 3 else {
          problems.append(.malformedLine(text: content, file: file, line: line))
          continue
        }
        guard let key = Key(name: words[1]) else {
          problems.append(.unknownKey(name: words[1], file: file, line: line))
          continue
        }
        guard let action = Action(rawValue: words[2]) else {
          problems.append(.unknownAction(name: words[2], file: file, line: line))
          continue
        }
        config.keymap.bind(key, to: action)
      case "theme", "layout", "reading-width", "status-cues", "mouse", "entity-stops", "offline",
        "ca-file":
        guard words.count == 2 else {
          problems.append(.malformedLine(text: content, file: file, line: line))
          continue
        }
        if let problem = applySetting(setting, value: words[1], file: file, line: line, &config) {
          problems.append(problem)
        }
      default:
        problems.append(.unknownSetting(name: setting, file: file, line: line))
      }
    }
    return problems
  }

  private static func applySetting(
    _ setting: String, value: String, file: String, line: Int, _ config: inout ReaderConfig
  ) -> ConfigProblem? {
    switch setting {
    case "theme":
      config.themeName = value
    case "layout":
      guard let mode = LayoutMode(rawValue: value) else {
        return .invalidValue(setting: setting, value: value, file: file, line: line)
      }
      config.layout = mode
    case "status-cues":
      switch value {
      case "on": config.statusCues = true
      case "off": config.statusCues = false
      default: return .invalidValue(setting: setting, value: value, file: file, line: line)
      }
    case "mouse":
      // `yes`/`no` as documented; `on`/`off` too, as `status-cues` takes them.
      switch value {
      case "yes", "on": config.mouse = true
      case "no", "off": config.mouse = false
      default: return .invalidValue(setting: setting, value: value, file: file, line: line)
      }
    case "entity-stops":
      guard let stops = EntityStops(rawValue: value) else {
        return .invalidValue(setting: setting, value: value, file: file, line: line)
      }
      config.entityStops = stops
    case "offline":
      switch value {
      case "yes", "on": config.offline = true
      case "no", "off": config.offline = false
      default: return .invalidValue(setting: setting, value: value, file: file, line: line)
      }
    case "ca-file":
      config.caFile = value
    default:
      guard let width = Int(value), (20...1000).contains(width) else {
        return .invalidValue(setting: setting, value: value, file: file, line: line)
      }
      config.readingWidth = width
    }
    return nil
  }

  /// Reads the file at `path` (a missing file is no problem) and applies it to `config`.
  public static func load(path: String, into config: inout ReaderConfig) -> [ConfigProblem] {
    guard FileManager.default.fileExists(atPath: path) else { return [] }
    do {
      let text = try String(contentsOfFile: path, encoding: .utf8)
      return apply(text, file: path, to: &config)
    } catch {
      return [.unreadable(file: path, reason: error.localizedDescription)]
    }
  }
}
