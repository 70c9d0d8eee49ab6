import BylineCore

extension Update {
  /// `A`: asks "mark N articles read? (y/n)" for the list as it is (its filter, search or
  /// sources); the mode holds the filter, so the answer marks what the question counted.
  static func askToMarkAllRead(_ state: inout AppState) -> [Effect] {
    guard let count = state.list.count, count > 0 else {
      state.status = StatusMessage("No articles here to mark read")
      return []
    }
    state.mode = .confirmingMarkRead(count: count, filter: state.list.filter)
    state.status = StatusMessage("mark \(CountText.articles(count)) read? (y/n)")
    return []
  }

  /// The key after "mark N articles read? (y/n)": only `y` marks them.
  static func confirmMarkAllRead(_ filter: ArticleFilter, _ key: Key, _ state: inout AppState)
    -> [Effect]
  {
    guard key == .character("y") || key == .character("Y") else {
      state.status = StatusMessage("Nothing marked")
      return []
    }
    return [.markAllRead(filter: filter)]
  }

  /// The store marked the list read: says how many were unread and reloads the list, keeping
  /// the selection, so `N` can mark single articles unread again.
  static func markedAllRead(count: Int, _ state: inout AppState) -> [Effect] {
    // An unread-only list is empty now: `u` shows the articles again for `N` to unmark.
    let undo =
      state.list.filter.unreadOnly
      ? "u shows them again, N marks one unread" : "N marks one unread again"
    state.status = StatusMessage(
      count == 0
        ? "Nothing to mark: every article here was read"
        : "Marked \(CountText.articles(count)) read (\(undo))")
    // The open article, if listed, is read now; leaving it must not save it unread again.
    if let key = state.body.article?.key,
      state.list.pages.values.contains(where: { $0.contains { $0.key == key } })
    {
      state.body.readingState.isRead = true
    }
    // Rows read before are no longer kept in an unread-only list: every one is read now.
    state.list.filter.keptRead = []
    return refreshList(&state)
  }
}
