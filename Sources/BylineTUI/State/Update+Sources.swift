import BylineCore

extension Update {
  /// The sources view, once the store has listed the sources: a page in the body, as `!`'s
  /// (`⌫` goes back; `Enter` shows one source's articles).
  static func showSourceList(_ sources: [SourceSummary], _ state: inout AppState) -> [Effect] {
    if case .sources = state.navigation.page?.kind { return [] }
    pushCurrentLocation(&state)
    var page = PageState.sourceList(sources)
    page.select(0, visibleRows: state.bodyRows)
    state.navigation.page = page
    state.focus = .body
    relayout(&state)
    state.list.select(state.list.selected, visibleRows: state.listRows)
    return []
  }

  /// `Enter` on a source: the sources view closes (back to where it was opened) and the list
  /// shows only that source's articles, with the other filters kept (`Esc` in the list clears
  /// it with them).
  static func showSource(_ location: String, named name: String, _ state: inout AppState)
    -> [Effect]
  {
    var effects = goBack(&state)
    if state.readingMode {
      state.readingMode = false
      relayout(&state)
    }
    state.list.sourceNames[location] = name
    effects += changeFilter(&state) { $0.sourcePaths = [location] }
    state.focus = .list
    state.status = StatusMessage("List: articles of \(name)")
    return effects
  }
}
