extension ArticleListState {
  /// Moves the selection for a movement action, by the paging rule of ``Scroll``, in a pane of
  /// `rows` rows. Returns whether `action` was a movement.
  mutating func move(_ action: Action, rows: Int) -> Bool {
    guard let distance = Scroll.distance(of: action, rows: rows) else { return false }
    select(selected + distance, visibleRows: rows)
    return true
  }
}
