extension Update {
  /// Moves the list selection or scrolls the body, depending on the focus.
  static func move(_ action: Action, _ state: inout AppState) -> [Effect] {
    if state.keyPane == .body {
      guard state.body.layout != nil else { return [] }
      let rows = state.bodyRows
      let top = state.body.top
      let target =
        switch action {
        case .moveDown: top + 1
        case .moveUp: top - 1
        case .pageDown: top + max(1, rows - 1)
        case .pageUp: top - max(1, rows - 1)
        case .halfPageDown: top + max(1, rows / 2)
        case .halfPageUp: top - max(1, rows / 2)
        case .top: 0
        default: Int.max / 2
        }
      scrollBody(to: target, &state)
      return []
    }
    let rows = state.listRows
    let selected = state.list.selected
    let target =
      switch action {
      case .moveDown: selected + 1
      case .moveUp: selected - 1
      case .pageDown: selected + rows
      case .pageUp: selected - rows
      case .halfPageDown: selected + max(1, rows / 2)
      case .halfPageUp: selected - max(1, rows / 2)
      case .top: 0
      default: (state.list.count ?? 1) - 1
      }
    state.list.select(target, visibleRows: rows)
    return pageEffects(&state)
  }
}
