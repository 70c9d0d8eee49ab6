/// Why a theme could not be loaded; every case says where.
enum ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The first field of a line is not a role name.
  case unknownRole(name: String, file: String, line: Int)
  /// A colour field is not `default`, a colour name, `colorN` (0–255) or `#RRGGBB`.
  case unknownColor(name: String, file: String, line: Int)
  /// An attribute is not bold, dim, italic, underline, reverse (or `mono:` one of them or none).
  case unknownAttribute(name: String, file: String, line: Int)
  /// A line has fewer than the three fields ROLE FG BG.
  case tooFewFields(file: String, line: Int)
  /// A role is set twice in one file.
  case duplicateRole(name: String, file: String, line: Int)
  /// The theme file could not be read (or is too large to be a theme).
  case unreadable(file: String, reason: String)
  /// No shipped or user theme has this name; `searched` lists the places looked at.
  case notFound(name: String, searched: [String])
  /// The name is not a plain theme name (letters, digits, `-`, `_`, `.`; no path).
  case invalidName(name: String)

  /// A one-line message naming the file and line, like a compiler's.
  var description: String {
    switch self {
    case .unknownRole(let name, let file, let line):
      "\(file):\(line): unknown role '\(Self.visible(name))'"
    case .unknownColor(let name, let file, let line):
      "\(file):\(line): unknown colour '\(Self.visible(name))'"
    case .unknownAttribute(let name, let file, let line):
      "\(file):\(line): unknown attribute '\(Self.visible(name))'"
    case .tooFewFields(let file, let line):
      "\(file):\(line): expected ROLE FOREGROUND BACKGROUND [ATTRIBUTES]"
    case .duplicateRole(let name, let file, let line):
      "\(file):\(line): role '\(Self.visible(name))' is set twice"
    case .unreadable(let file, let reason):
      "\(file): cannot read theme: \(reason)"
    case .notFound(let name, let searched):
      "no theme named '\(Self.visible(name))' (looked in \(searched.joined(separator: ", ")))"
    case .invalidName(let name):
      "'\(Self.visible(name))' is not a theme name"
    }
  }

  /// Text from a theme file made safe to print: controls and format characters (escape
  /// sequences, bidi overrides) become U+FFFD, and it is cut to 40 characters.
  static func visible(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars.prefix(40) {
      switch scalar.properties.generalCategory {
      case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .unassigned:
        scalars.append("\u{FFFD}")
      default:
        scalars.append(scalar)
      }
    }
    return String(scalars) + (text.unicodeScalars.count > 40 ? "…" : "")
  }
}
