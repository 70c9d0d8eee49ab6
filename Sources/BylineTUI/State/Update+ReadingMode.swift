extension Update {
  /// `z`: reading mode on or off. In the list it opens the selected row in reading mode (the
  /// keys come back to the list when it ends); in the body it shows the open article.
  static func toggleReadingMode(_ state: inout AppState) -> [Effect] {
    if state.readingMode { return leaveReadingMode(&state) }
    if state.keyPane == .list, let summary = state.list.summary(at: state.list.selected),
      summary.key != state.body.article?.key || state.navigation.page != nil
    {
      state.readingModeReturn = .list
      return saveEffects(state) + [
        .loadArticle(
          summary.key, listRow: state.list.selected, arrival: .readingMode(summary.key))
      ]
    }
    guard state.body.article != nil else {
      state.status = StatusMessage("Open an article first (Enter)")
      return []
    }
    state.readingModeReturn = state.focus
    state.readingMode = true
    state.focus = .body
    relayout(&state)
    return pageEffects(&state)
  }

  /// Ends reading mode, giving the keys back to the pane that had them when it began (the list
  /// shows the open article's row, which `J`, `K` and `U` kept selected).
  static func leaveReadingMode(_ state: inout AppState) -> [Effect] {
    state.readingMode = false
    state.focus = state.readingModeReturn
    state.readingModeReturn = .body
    relayout(&state)
    state.list.select(state.list.selected, visibleRows: state.listRows)
    return pageEffects(&state)
  }

  /// A key bound to nothing where it was pressed: says so for two seconds (the runtime clears
  /// the message then, or the next key does).
  static func unboundKey(_ key: Key, _ state: inout AppState) -> [Effect] {
    let message = StatusMessage("no action for \(key.name) — ? for help")
    state.status = message
    return [.expireStatus(message, milliseconds: Update.passingMessageMilliseconds)]
  }

  /// How long a passing message (an unbound key) stays in the status line.
  static let passingMessageMilliseconds = 2000
}
