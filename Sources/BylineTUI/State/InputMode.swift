/// What keys do right now. One value instead of a flag per prompt, so two prompts can never be
/// open at once and the order in which they take keys is not a matter of which flag is checked
/// first.
enum InputMode: Hashable, Sendable {
  /// Keys go through the keymap to the pane with the focus.
  case browsing
  /// The help screen is shown over the panes; keys scroll it.
  case help(HelpPane)
  /// The find prompt of the article is open, holding what was typed.
  case finding(String)
  /// The library search prompt of the list is open, holding what was typed.
  case searchingLibrary(String)
  /// A link to another site waits for `y` to open it in the browser.
  case confirmingLink(url: String)

  /// Whether the find prompt is open.
  var isFinding: Bool {
    if case .finding = self { return true }
    return false
  }

  /// Whether the library search prompt is open.
  var isSearchingLibrary: Bool {
    if case .searchingLibrary = self { return true }
    return false
  }

  /// Whether the help screen is shown.
  var showsHelp: Bool {
    if case .help = self { return true }
    return false
  }
}
