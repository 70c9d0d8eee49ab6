import BylineCore

extension Update {
  /// Where the reader is now, as the history records it.
  static func currentLocation(_ state: AppState) -> NavigationLocation? {
    if let page = state.navigation.page { return .page(page) }
    guard let article = state.body.article else { return nil }
    return .article(
      ArticleLocation(
        key: article.key, listRow: state.body.listRow, anchor: state.body.anchor,
        top: state.body.top, width: state.body.layout?.width ?? 0,
        focus: state.navigation.focus))
  }

  /// Records the current place before going somewhere new (the forward history is dropped).
  static func pushCurrentLocation(_ state: inout AppState) {
    guard let here = currentLocation(state) else { return }
    state.navigation.pushBack(here)
    state.navigation.forward = []
  }

  /// Back through the history; with no history, the old `back` (leave reading mode, return to
  /// the list, quit from the list).
  static func goBack(_ state: inout AppState) -> [Effect] {
    guard let entry = state.navigation.back.popLast() else {
      // A page shown with no article under it (the index problems) closes, giving the list
      // the whole screen again.
      if state.body.article == nil, state.navigation.page != nil {
        state.navigation.page = nil
        state.focus = .list
        relayout(&state)
        state.list.select(state.list.selected, visibleRows: state.listRows)
        return []
      }
      return perform(.back, &state)
    }
    if let here = currentLocation(state) { state.navigation.forward.append(here) }
    return go(to: entry, &state)
  }

  /// Forward again through the history.
  static func goForward(_ state: inout AppState) -> [Effect] {
    guard let entry = state.navigation.forward.popLast() else {
      state.status = StatusMessage("Nothing to go forward to")
      return []
    }
    if let here = currentLocation(state) { state.navigation.pushBack(here) }
    return go(to: entry, &state)
  }

  /// Puts the screen back at `location`, loading its article when another one is open.
  static func go(to location: NavigationLocation, _ state: inout AppState) -> [Effect] {
    state.focus = .body
    switch location {
    case .page(var page):
      if case .articleEntities(let key) = page.kind, state.body.article?.key != key {
        return saveEffects(state) + [.loadArticle(key, listRow: nil, arrival: .page(page))]
      }
      page.keepVisible(rows: state.bodyRows)
      state.navigation.page = page
      return []
    case .article(let place):
      if state.body.article?.key == place.key {
        state.navigation.page = nil
        restore(place, &state)
        return []
      }
      return saveEffects(state) + [
        .loadArticle(place.key, listRow: place.listRow, arrival: .restore(place))
      ]
    }
  }

  /// Restores the reading position and focus of `place` in the open article.
  static func restore(_ place: ArticleLocation, _ state: inout AppState) {
    state.body.listRow = place.listRow
    state.body.anchor = place.anchor
    relayout(&state)
    if state.body.layout?.width == place.width {
      let rows = state.bodyRows
      state.body.place(line: place.top, rows: rows)
    }
    state.navigation.focus = place.focus
    if let focus = place.focus { state.status = StatusMessage(describe(focus, state)) }
  }

  /// An article arrived from the store: records the place left (unless the history itself
  /// asked for it), opens it, then focuses a mention or restores a position as `arrival` asks.
  static func arrived(
    at article: Article, _ reading: ReadingState, listRow: Int?, arrival: Arrival?,
    _ state: inout AppState
  ) -> [Effect] {
    let arrival = arrival?.key == article.key ? arrival : nil
    switch arrival {
    case nil, .focusMention, .readingMode: pushCurrentLocation(&state)
    case .restore, .page: break
    }
    var effects = opened(article, reading, listRow: listRow, &state)
    state.navigation.page = nil
    state.navigation.focus = nil
    switch arrival {
    case .focusMention(_, let paragraph, let range, let id):
      if let target = mention(in: article, paragraph: paragraph, range: range, entityID: id) {
        effects += focus(target, context: 2, &state)
      }
    case .restore(let place):
      restore(place, &state)
    case .page(var page):
      page.keepVisible(rows: state.bodyRows)
      state.navigation.page = page
    case .readingMode:
      state.readingMode = true
      relayout(&state)
    case nil:
      break
    }
    return effects
  }

  /// The mention at `range` of `paragraph`, else the first mention of the entity.
  static func mention(
    in article: Article, paragraph: Int, range: TextRange, entityID: String
  ) -> BodyFocus? {
    if article.paragraphs.indices.contains(paragraph),
      let span = article.paragraphs[paragraph].entities.first(where: { $0.range == range })
    {
      return BodyFocus(paragraph: paragraph, target: .entity(span))
    }
    for (index, text) in article.paragraphs.enumerated() {
      if let span = text.entities.first(where: { $0.entityID == entityID }) {
        return BodyFocus(paragraph: index, target: .entity(span))
      }
    }
    return nil
  }
}
