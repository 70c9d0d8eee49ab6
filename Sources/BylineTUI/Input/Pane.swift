/// Where keys go: the pane with the focus, or the help screen over everything.
enum Pane: String, Hashable, Sendable, CaseIterable {
  /// The article list.
  case list
  /// The article body (also in reading mode).
  case body
  /// The help screen.
  case help
}
