import BylineCore

extension Update {
  /// Moving between articles without going back to the list: `J`/`K` (the next or previous
  /// row of the list, in its order, filter and search), `U` (the next unread one), `Space` at
  /// the end of an article, and `o` (the article's own link). Returns `nil` for other actions.
  static func performBetweenArticles(_ action: Action, _ state: inout AppState) -> [Effect]? {
    switch action {
    case .nextArticle:
      return openNeighbour(step: 1, &state)
    case .previousArticle:
      return openNeighbour(step: -1, &state)
    case .nextUnread:
      return openNextUnread(&state)
    case .pageOrNextUnread:
      return pageOrNextUnread(&state)
    case .openArticleLink:
      return openArticleLink(&state)
    default:
      return nil
    }
  }

  /// The row of the open article in the list: where it was opened from, or where a loaded
  /// page shows it; `nil` when no article is open or the list does not show it (it was opened
  /// from a link, or the filter changed since).
  static func openArticleRow(_ state: AppState) -> Int? {
    guard let key = state.body.article?.key else { return nil }
    if let row = state.body.listRow {
      // A row whose page is not loaded any more is taken on trust.
      if let summary = state.list.summary(at: row) {
        if summary.key == key { return row }
      } else {
        return row
      }
    }
    return state.list.row(of: key)
  }

  /// `J` (`step` 1) or `K` (-1): the article after or before the open one in the list; when
  /// the list does not show the open article, the selected one.
  static func openNeighbour(step: Int, _ state: inout AppState) -> [Effect] {
    guard let count = state.list.count, count > 0 else {
      state.status = StatusMessage("The list is empty")
      return []
    }
    let target = openArticleRow(state).map { $0 + step } ?? state.list.selected
    guard (0..<count).contains(target) else {
      state.status = StatusMessage(
        step > 0
          ? "No next article: this is the last of the list"
          : "No previous article: this is the first of the list")
      return []
    }
    return openListRow(target, &state)
  }

  /// Selects row `row` and opens its article; when its page is not loaded yet, asks for it and
  /// opens the article when it arrives (see ``ArticleListState/openWhenLoaded``).
  static func openListRow(_ row: Int, key: ArticleKey? = nil, _ state: inout AppState)
    -> [Effect]
  {
    state.list.select(row, visibleRows: state.listRows)
    let pages = pageEffects(&state)
    guard let key = key ?? state.list.summary(at: row)?.key else {
      state.list.openWhenLoaded = row
      return pages
    }
    state.list.openWhenLoaded = nil
    if state.body.article?.key == key, state.navigation.page == nil {
      state.body.listRow = row
      return pages
    }
    return pages + saveEffects(state) + [.loadArticle(key, listRow: row)]
  }

  /// After a page arrives: opens the row `J`/`K` asked for, if the page holds it.
  static func openAwaitedRow(page: Int, _ state: inout AppState) -> [Effect] {
    guard let row = state.list.openWhenLoaded, row / ArticleListState.pageSize == page,
      let summary = state.list.summary(at: row)
    else { return [] }
    return openListRow(row, key: summary.key, &state)
  }

  /// `U`: the next unread article after the open one (in an article) or from the selected row
  /// on (in the list). The loaded rows are looked at first; past them the store is asked.
  static func openNextUnread(_ state: inout AppState) -> [Effect] {
    guard let count = state.list.count, count > 0 else {
      state.status = StatusMessage("no more unread articles")
      return []
    }
    let start: Int
    if state.keyPane == .list {
      start = state.list.selected - 1
    } else {
      start = openArticleRow(state) ?? (state.list.selected - 1)
    }
    let openKey = state.body.article?.key
    var row = start + 1
    while row < count {
      guard let summary = state.list.summary(at: row) else {
        return [.findUnread(after: row - 1, filter: state.list.filter, order: state.list.order)]
      }
      if !summary.isRead && summary.key != openKey {
        return openListRow(row, key: summary.key, &state)
      }
      row += 1
    }
    state.status = StatusMessage("no more unread articles")
    return []
  }

  /// The store's answer to ``Effect/findUnread(after:filter:order:)``.
  static func foundUnread(
    _ found: ListedArticle?, filter: ArticleFilter, order: ArticleOrder, _ state: inout AppState
  ) -> [Effect] {
    guard filter == state.list.filter, order == state.list.order else { return [] }
    guard let found else {
      state.status = StatusMessage("no more unread articles")
      return []
    }
    return openListRow(found.row, key: found.key, &state)
  }

  /// `Space` in an article: a page down, or at the end (a page down moves nothing), the next
  /// unread article. On a page shown in the body it is a page down.
  static func pageOrNextUnread(_ state: inout AppState) -> [Effect] {
    if state.navigation.page != nil { return performInBody(.pageDown, &state) ?? [] }
    guard state.body.article != nil else { return [] }
    let before = state.body.top
    _ = state.body.move(.pageDown, rows: state.bodyRows)
    guard state.body.top == before else { return [] }
    return openNextUnread(&state)
  }

  /// `o`: the open article's link in the browser, by the rules links follow (http, https and
  /// mailto only; an argument vector, never a shell). The URL is in the article's header.
  static func openArticleLink(_ state: inout AppState) -> [Effect] {
    guard let article = state.body.article else {
      state.status = StatusMessage("Open an article first (Enter)")
      return []
    }
    guard let url = article.url, !url.isEmpty else {
      state.status = StatusMessage("This article has no link")
      return []
    }
    switch BrowserCommand.check(url) {
    case .success:
      state.status = StatusMessage("Opening \(url)")
      return [.openInBrowser(url: url)]
    case .failure(let problem):
      state.status = StatusMessage(problem.description, isError: true)
      return []
    }
  }
}
