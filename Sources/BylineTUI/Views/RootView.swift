/// The whole screen: panes, separator and status line, the help screen over them, or a
/// "terminal too small" line when the panes do not fit.
public struct RootView {
  /// The state to draw.
  var state: AppState

  /// Creates the view.
  public init(state: AppState) {
    self.state = state
  }

  /// Renders the state into a fresh screen of the state's size.
  public func render() -> Screen {
    var screen = Screen(width: state.width, height: state.height)
    render(on: &screen)
    return screen
  }

  /// Renders the state into `screen`.
  func render(on screen: inout Screen) {
    if state.isTooSmall {
      let text = TextFit.truncated("terminal too small", toColumns: screen.width)
      let width = text.count
      screen.put(
        text, column: max(0, (screen.width - width) / 2), row: screen.height / 2,
        role: .statusError)
      return
    }
    let layout = state.paneLayout
    if case .help(let help) = state.mode {
      HelpView(keymap: state.config.keymap, top: help.top)
        .render(
          in: Rect(x: 0, y: 0, width: state.width, height: layout.status.y), on: &screen)
    } else {
      if !layout.list.isEmpty {
        ArticleListView(
          list: state.list, isFocused: state.focus == .list,
          isIndexing: state.library.isIndexing,
          entityName: state.list.filter.entityID.flatMap { state.navigation.known[$0]?.name }
        )
        .render(in: layout.list, on: &screen)
      }
      SeparatorView(isVertical: layout.isSideBySide).render(in: layout.separator, on: &screen)
      if let page = state.navigation.page {
        PageView(page: page, isFocused: state.keyPane == .body).render(in: layout.body, on: &screen)
      } else {
        var body = ArticleBodyView(body: state.body, search: state.search, textArea: state.textArea)
        body.focus = state.navigation.focus
        body.highlightsEntities = state.navigation.highlightsEntities
        body.render(in: layout.body, on: &screen)
      }
    }
    StatusBarView(state: state).render(in: layout.status, on: &screen)
  }
}
