import BylineCore

extension Update {
  /// The list pane's own keys: movement moves the selection (and asks for the pages it needs),
  /// `Enter` opens, `/` opens the library search prompt, `Esc` clears the filters, `N` marks
  /// read or unread. Returns `nil` for the others.
  static func performInList(_ action: Action, _ state: inout AppState) -> [Effect]? {
    let rows = state.listRows
    if state.list.move(action, rows: rows) { return pageEffects(&state) }
    switch action {
    case .open:
      guard let summary = state.list.summary(at: state.list.selected) else { return [] }
      if state.body.article?.key == summary.key, state.navigation.page == nil {
        state.focus = .body
        return []
      }
      return saveEffects(state) + [.loadArticle(summary.key, listRow: state.list.selected)]
    case .searchLibrary:
      state.mode = .searchingLibrary("")
      return []
    case .clearFilters:
      guard state.list.filter != .all else { return [] }
      return changeFilter(&state) { $0 = .all }
    case .toggleRead:
      guard let summary = state.list.summary(at: state.list.selected) else { return [] }
      state.status = StatusMessage(summary.isRead ? "Marked unread" : "Marked read")
      return [.changeReadingState(summary.key, read: !summary.isRead, starred: nil)]
    default:
      return nil
    }
  }
}
