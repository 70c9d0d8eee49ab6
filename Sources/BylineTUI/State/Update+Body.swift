extension Update {
  /// The body pane's own keys: a page shown in it takes its keys first; then movement scrolls
  /// the article, `/`, `n` and `N` find in it, and the entity navigation keys move the focus,
  /// follow it and walk the history. Returns `nil` for the others.
  static func performInBody(_ action: Action, _ state: inout AppState) -> [Effect]? {
    if let effects = performOnPage(action, &state) { return effects }
    let rows = state.bodyRows
    if state.body.move(action, rows: rows) { return [] }
    switch action {
    case .find:
      guard state.body.article != nil else { return [] }
      state.mode = .finding("")
      return []
    case .findNext, .findPrevious:
      jumpToMatch(forward: action == .findNext, &state)
      return []
    default:
      return performNavigation(action, &state)
    }
  }
}
