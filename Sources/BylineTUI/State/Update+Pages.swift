import BylineCore

extension Update {
  /// Keys on a page shown in the body: movement moves the selection, `Enter` chooses, `f`
  /// filters the list. Returns `nil` for actions the page leaves to the general table.
  static func performOnPage(_ action: Action, _ state: inout AppState) -> [Effect]? {
    guard var page = state.navigation.page else { return nil }
    let rows = state.bodyRows
    switch action {
    case .nextEntity: _ = page.move(.moveDown, rows: rows)
    case .previousEntity: _ = page.move(.moveUp, rows: rows)
    case .moveDown, .moveUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom:
      _ = page.move(action, rows: rows)
    case .follow:
      return choose(page.selectedItem, on: page, &state)
    case .filterByEntity:
      return filterList(by: page, &state)
    case .find, .findNext, .findPrevious:
      state.status = StatusMessage("Find works in articles; go back first (Backspace)")
      return []
    case .articleEntities, .toggleHighlights:
      return []
    default:
      return nil
    }
    state.navigation.page = page
    return []
  }

  /// `Enter` on a page row.
  static func choose(_ item: PageItem?, on page: PageState, _ state: inout AppState)
    -> [Effect]
  {
    switch item {
    case .mention(let key, let paragraph, let range, let id):
      let arrival = Arrival.focusMention(key, paragraph: paragraph, range: range, entityID: id)
      return saveEffects(state) + [.loadArticle(key, listRow: nil, arrival: arrival)]
    case .moreMentions:
      guard case .entity(let details, let limit) = page.kind else { return [] }
      return [
        .loadEntityPage(id: details.entity.id, mentionLimit: limit + PageState.mentionPage)
      ]
    case .entity(let id):
      return [.loadEntityPage(id: id, mentionLimit: PageState.mentionPage)]
    case .source(let location, let name):
      return showSource(location, named: name, &state)
    case nil:
      return []
    }
  }

  /// `f` on an entity page: the list shows only the articles that mention the entity, from the
  /// whole library (`Esc` goes back to the full list, the selection where it was).
  static func filterList(by page: PageState, _ state: inout AppState) -> [Effect] {
    guard case .entity(let details, _) = page.kind else {
      state.status = StatusMessage("f filters the list from an entity page (Enter on an entity)")
      return []
    }
    // From the whole library: a search or filter left over would hide most of its articles.
    let effects = changeFilter(&state) { $0 = ArticleFilter(entityID: details.entity.id) }
    if state.readingMode {
      state.readingMode = false
      relayout(&state)
    }
    state.focus = .list
    state.status = StatusMessage("List: articles mentioning \(details.entity.name)")
    return effects
  }

  /// Shows an entity page that arrived from the store: a new place in the history, or the
  /// same page with more mentions (selection and scroll kept).
  static func showEntityPage(
    _ details: EntityDetails, mentionLimit: Int, _ state: inout AppState
  ) {
    state.navigation.known[details.entity.id] = details.entity
    for related in details.related {
      state.navigation.known[related.entity.id] = related.entity
    }
    var page = PageState.entityPage(details, mentionLimit: mentionLimit)
    if let current = state.navigation.page, current.entityID == details.entity.id {
      page.scroll = current.scroll
      page.select(current.selected, visibleRows: state.bodyRows)
    } else {
      pushCurrentLocation(&state)
      page.select(0, visibleRows: state.bodyRows)
    }
    state.navigation.page = page
    state.focus = .body
  }

  /// `e`: the entities of the open article, as a page.
  static func showArticleEntities(_ state: inout AppState) -> [Effect] {
    guard let article = state.body.article, state.navigation.page == nil else {
      state.status = StatusMessage("Open an article first")
      return []
    }
    pushCurrentLocation(&state)
    var page = PageState.articleEntities(article)
    page.select(0, visibleRows: state.bodyRows)
    state.navigation.page = page
    state.focus = .body
    return []
  }
}
