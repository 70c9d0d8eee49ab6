extension Update {
  /// A movement action goes to the pane keys go to, which moves by the paging rule of
  /// ``Scroll``: the body scrolls, the list moves its selection (and asks for the pages it
  /// needs).
  static func move(_ action: Action, _ state: inout AppState) -> [Effect] {
    if state.keyPane == .body {
      let rows = state.bodyRows
      _ = state.body.move(action, rows: rows)
      return []
    }
    let rows = state.listRows
    _ = state.list.move(action, rows: rows)
    return pageEffects(&state)
  }
}
