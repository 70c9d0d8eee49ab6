extension PageState {
  /// Moves the selection for a movement action in a pane of `rows` rows: a row up or down is
  /// the item before or after; the other moves go as far in lines as the paging rule of
  /// ``Scroll`` says, to the item that starts there (at least one item away). Returns whether
  /// `action` was a movement.
  mutating func move(_ action: Action, rows: Int) -> Bool {
    switch action {
    case .moveDown: select(selected + 1, visibleRows: rows)
    case .moveUp: select(selected - 1, visibleRows: rows)
    default:
      guard let distance = Scroll.distance(of: action, rows: rows) else { return false }
      select(item(movedBy: distance), visibleRows: rows)
    }
    return true
  }

  /// The item `distance` lines below the selected one (above, when negative): going down, the
  /// last item that starts at or before that line; going up, the first that starts at or
  /// after it.
  func item(movedBy distance: Int) -> Int {
    var starts: [Int?] = Array(repeating: nil, count: items.count)
    for (index, line) in lines.enumerated() {
      if let item = line.item, starts.indices.contains(item), starts[item] == nil {
        starts[item] = index
      }
    }
    guard starts.indices.contains(selected), let from = starts[selected] else { return selected }
    let target = from + distance
    if distance > 0 {
      let found = starts.lastIndex { $0.map { $0 <= target } ?? false } ?? selected
      return max(found, selected + 1)
    }
    let found = starts.firstIndex { $0.map { $0 >= target } ?? false } ?? selected
    return min(found, selected - 1)
  }
}
