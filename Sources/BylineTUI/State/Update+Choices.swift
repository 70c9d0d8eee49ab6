import BylineCore

extension Update {
  /// Records a choice the user made and asks for the choices to be saved, when it changed.
  static func remember(_ change: (inout ReaderChoices) -> Void, _ state: inout AppState)
    -> [Effect]
  {
    var choices = state.choices
    change(&choices)
    guard choices != state.choices else { return [] }
    state.choices = choices
    return [.saveChoices(choices)]
  }

  /// Applies the choices saved by an earlier run, at start, except those the command line
  /// fixed for this run. A saved theme that is no longer in the lineup is passed over.
  static func applyChoices(_ saved: ReaderChoices, _ state: inout AppState) -> [Effect] {
    state.choices = saved
    let fixed = state.config.fixedChoices
    if let name = saved.themeName, !fixed.contains(.theme),
      let index = state.themes.firstIndex(where: { $0.name == name })
    {
      state.themeIndex = index
    }
    if let layout = saved.layout, !fixed.contains(.layout) {
      state.config.layout = layout
      relayout(&state)
    }
    var filter = state.list.filter
    var order = state.list.order
    if let saved = saved.order { order = saved }
    if let unreadOnly = saved.unreadOnly { filter.unreadOnly = unreadOnly }
    if filter != state.list.filter || order != state.list.order {
      state.list.filter = filter
      state.list.order = order
      // Pages loaded before (for `byline PATH`) were for the old filter; `started` counts again.
      state.list.invalidate(keepingSelection: false)
    }
    return []
  }

  /// `v`: the next layout (auto, side by side, stacked), remembered for the next run.
  static func nextLayout(_ state: inout AppState) -> [Effect] {
    let modes = LayoutMode.allCases
    let index = modes.firstIndex(of: state.config.layout) ?? 0
    let layout = modes[(index + 1) % modes.count]
    state.config.layout = layout
    relayout(&state)
    state.list.select(state.list.selected, visibleRows: state.listRows)
    let name =
      switch layout {
      case .auto: "auto (side by side from \(PaneLayout.sideBySideMinimumWidth) columns)"
      case .side: "side by side"
      case .stacked: "stacked"
      }
    state.status = StatusMessage("Layout: \(name)")
    return remember({ $0.layout = layout }, &state) + pageEffects(&state)
  }
}
