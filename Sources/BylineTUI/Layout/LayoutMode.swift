/// How the list and body panes share the screen.
public enum LayoutMode: String, Hashable, Sendable, CaseIterable {
  /// Side by side when the terminal is at least ``PaneLayout/sideBySideMinimumWidth`` columns
  /// wide, stacked otherwise.
  case auto
  /// Always side by side.
  case side
  /// Always stacked: list above, body below.
  case stacked
}
