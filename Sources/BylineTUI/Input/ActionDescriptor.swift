/// One row of the action table: an action, its default keys, its help text and the panes in
/// which it is valid. The help screen and the keymap are built from this table alone.
struct ActionDescriptor: Hashable, Sendable {
  /// The action.
  var action: Action
  /// The keys bound to it by default.
  var keys: [Key]
  /// One line of help.
  var help: String
  /// The panes in which the action is valid.
  var panes: Set<Pane>

  init(_ action: Action, keys: [Key], help: String, panes: Set<Pane>) {
    self.action = action
    self.keys = keys
    self.help = help
    self.panes = panes
  }
}
