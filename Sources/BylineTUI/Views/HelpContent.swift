/// The help screen's lines, generated from the action table and the keymap in use, grouped
/// by where the keys work.
enum HelpContent {
  /// Lines before the table.
  static let heading = ["Byline keys", ""]

  /// One line of help: a section title, a blank line, or an action with its keys.
  enum Line: Hashable {
    /// The title of a group of actions.
    case section(String)
    /// A gap between groups.
    case blank
    /// An action: its keys, its config name and what it does.
    case action(keys: String, name: String, help: String)
  }

  /// A group of the help screen: its title and which actions it holds, by their panes.
  struct Section {
    var title: String
    var holds: @Sendable (Set<Pane>) -> Bool
  }

  /// The groups, in order; every action falls in exactly one.
  static let sections: [Section] = [
    Section(title: "Everywhere", holds: { $0.contains(.list) && $0.contains(.body) }),
    Section(title: "In the article list", holds: { $0.contains(.list) && !$0.contains(.body) }),
    Section(
      title: "In the article and on entity pages",
      holds: { $0.contains(.body) && !$0.contains(.list) }),
    Section(title: "On the help screen", holds: { !$0.contains(.list) && !$0.contains(.body) }),
  ]

  /// The number of lines of help (the same for every keymap: one per action, plus titles).
  static let lineCount = heading.count + lines(for: Keymap()).count

  /// The help lines for `keymap`: for each group with actions, its title, then the keys,
  /// action name and help text of every action in it, then a blank line.
  static func lines(for keymap: Keymap) -> [Line] {
    var lines: [Line] = []
    for section in sections {
      let descriptors = ActionDescriptor.all.filter { section.holds($0.panes) }
      guard !descriptors.isEmpty else { continue }
      if !lines.isEmpty { lines.append(.blank) }
      lines.append(.section(section.title))
      for descriptor in descriptors {
        let keys = keymap.keys(for: descriptor.action).map(\.name).joined(separator: " ")
        lines.append(.action(keys: keys, name: descriptor.action.rawValue, help: descriptor.help))
      }
    }
    return lines
  }
}
