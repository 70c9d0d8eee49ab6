/// The help screen's lines, generated from the action table and the keymap in use.
public enum HelpContent {
  /// Lines before the table.
  static let heading = ["Byline keys", ""]

  /// The number of lines of help.
  public static var lineCount: Int { heading.count + ActionDescriptor.all.count }

  /// The help lines for `keymap`: keys, action name and help text for every action.
  public static func lines(for keymap: Keymap) -> [(keys: String, action: String, help: String)] {
    ActionDescriptor.all.map { descriptor in
      let keys = keymap.keys(for: descriptor.action).map(\.name).joined(separator: " ")
      return (keys, descriptor.action.rawValue, descriptor.help)
    }
  }
}
