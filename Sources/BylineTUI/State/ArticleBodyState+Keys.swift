extension ArticleBodyState {
  /// Scrolls for a movement action, by the paging rule of ``Scroll``, in a pane of `rows` rows.
  /// Returns whether `action` was a movement.
  mutating func move(_ action: Action, rows: Int) -> Bool {
    guard let distance = Scroll.distance(of: action, rows: rows) else { return false }
    scroll(toLine: top + distance, rows: rows)
    return true
  }

  /// Scrolls so line `line` is at the top (as near as the layout allows in `rows` rows), and
  /// remembers the text there, so a resize keeps it at the top.
  mutating func scroll(toLine line: Int, rows: Int) {
    guard let layout else { return }
    scroll.top = Scroll.clamped(line, rows: rows, count: layout.lines.count)
    anchor = layout.position(ofLine: scroll.top)
  }

  /// Puts line `line` at the top (as near as the layout allows in `rows` rows), keeping the
  /// anchor: for a new layout of the same text, or a position put back as it was.
  mutating func place(line: Int, rows: Int) {
    scroll.top = Scroll.clamped(line, rows: rows, count: layout?.lines.count ?? 0)
  }
}
