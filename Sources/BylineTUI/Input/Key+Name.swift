extension Key {
  private static let named: [(String, Key)] = [
    ("Space", .character(" ")), ("Enter", .enter), ("Tab", .tab), ("BackTab", .backTab),
    ("Esc", .escape), ("Backspace", .backspace), ("Delete", .delete), ("Up", .up),
    ("Down", .down), ("Left", .left), ("Right", .right), ("PgUp", .pageUp),
    ("PgDn", .pageDown), ("Home", .home), ("End", .end),
  ]
  private static let aliases: [String: Key] = [
    "return": .enter, "escape": .escape, "pageup": .pageUp, "pagedown": .pageDown,
    "s-tab": .backTab, "shift-tab": .backTab, "bs": .backspace, "del": .delete,
  ]

  /// Parses a key name as the config file writes it: a single character (`j`, `?`), a name
  /// (`Space`, `Enter`, `Tab`, `Down`, `PgDn`, `Home`, `Esc`, …), `C-d` or `Ctrl-D` for a
  /// control key, `F1` to `F12`. Names are case-insensitive; single characters are not.
  init?(name: String) {
    if name.count == 1, let character = name.first {
      guard character.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) else {
        return nil
      }
      self = .character(character)
      return
    }
    let lower = name.lowercased()
    if let match = Self.named.first(where: { $0.0.lowercased() == lower }) {
      self = match.1
      return
    }
    if let alias = Self.aliases[lower] {
      self = alias
      return
    }
    for prefix in ["c-", "ctrl-", "^"] where lower.hasPrefix(prefix) {
      let rest = lower.dropFirst(prefix.count)
      if rest.count == 1, let letter = rest.first, letter.isASCII, letter.isLetter {
        self = .control(letter)
        return
      }
    }
    if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...12).contains(number) {
      self = .function(number)
      return
    }
    return nil
  }

  /// The key's name as the help screen and the config file write it.
  var name: String {
    if let match = Self.named.first(where: { $0.1 == self }) { return match.0 }
    switch self {
    case .character(let character): return String(character)
    case .control(let letter): return "C-" + String(letter)
    case .function(let number): return "F\(number)"
    default: return "?"
    }
  }
}
