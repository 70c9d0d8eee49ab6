import BylineCore
import Foundation

extension Update {
  /// The library actions the list and the body share: filters, sort order, the star mark,
  /// re-indexing.
  static func performLibrary(_ action: Action, _ state: inout AppState) -> [Effect] {
    switch action {
    case .toggleStar:
      let target: (key: ArticleKey, isStarred: Bool)?
      if state.keyPane == .body, let article = state.body.article {
        target = (article.key, state.body.readingState.isStarred)
      } else {
        target = state.list.summary(at: state.list.selected).map { ($0.key, $0.isStarred) }
      }
      guard let target else { return [] }
      state.status = StatusMessage(target.isStarred ? "Unstarred" : "Starred")
      return [.changeReadingState(target.key, read: nil, starred: !target.isStarred)]
    case .unreadOnly:
      let effects = changeFilter(&state) { $0.unreadOnly.toggle() }
      let unreadOnly = state.list.filter.unreadOnly
      state.status = StatusMessage(unreadOnly ? "Unread only" : "Read and unread")
      return remember({ $0.unreadOnly = unreadOnly }, &state) + effects
    case .starredOnly:
      let effects = changeFilter(&state) { $0.starredOnly.toggle() }
      state.status = StatusMessage(state.list.filter.starredOnly ? "Starred only" : "All articles")
      return effects
    case .cycleOrder:
      let orders = ArticleOrder.allCases
      let index = orders.firstIndex(of: state.list.order) ?? 0
      state.list.order = orders[(index + 1) % orders.count]
      state.list.filter.keptRead = []
      state.listSearch.savedSelection = nil
      state.status = StatusMessage(
        state.list.filter.query == nil
          ? "Sorted by \(state.list.order.rawValue)"
          : "Sorted by \(state.list.order.rawValue) after the search (results are ranked)")
      let order = state.list.order
      return remember({ $0.order = order }, &state) + reloadList(&state)
    case .reindex:
      return [.startIndexing]
    case .indexProblems:
      if case .indexProblems = state.navigation.page?.kind { return [] }
      return [.loadUnreadableFiles]
    case .sources:
      if case .sources = state.navigation.page?.kind { return [] }
      return [.loadSources]
    default:
      return []
    }
  }

  /// Changes the list's filter. The selection in the full list is saved when the first filter
  /// is applied, and restored when the list is back to showing everything.
  static func changeFilter(
    _ state: inout AppState, _ change: (inout ArticleFilter) -> Void
  ) -> [Effect] {
    if state.list.filter == .all && state.listSearch.savedSelection == nil {
      state.listSearch.savedSelection = (state.list.selected, state.list.top)
    }
    // A list that was never unfiltered (`byline PATH` starts with its sources shown) keeps
    // the selected article selected in the whole library.
    let selectedKey = state.list.summary(at: state.list.selected)?.key
    let screenRow = state.list.selected - state.list.top
    // A new list: the rows read in the last one are not kept.
    state.list.filter.keptRead = []
    change(&state.list.filter)
    if state.list.filter == .all, let saved = state.listSearch.savedSelection {
      state.listSearch.savedSelection = nil
      state.list.restoreSelection(row: saved.row, top: saved.top)
      return reloadList(keepingSelection: true, &state)
    }
    if state.list.filter == .all, let selectedKey {
      // The article may be anywhere in the whole library: the store says where.
      let effects = reloadList(&state)
      state.list.locating = PendingLocation(key: selectedKey, screenRow: screenRow)
      return effects + [
        .locateArticle(selectedKey, filter: state.list.filter, order: state.list.order)
      ]
    }
    return reloadList(&state)
  }

  /// What a key did to the library search prompt (the mode already says whether it is still
  /// open).
  static func editListSearch(
    _ outcome: PromptInput.Outcome, input: String, _ state: inout AppState
  ) -> [Effect] {
    guard outcome == .submitted else { return [] }
    let query = input.trimmingCharacters(in: .whitespaces)
    guard !query.isEmpty else { return [] }
    state.status = nil
    state.focus = .list
    return changeFilter(&state) { $0.query = query }
  }

  /// Applies the results of library work: saved reading states and background indexing.
  static func applyLibrary(_ message: Message, _ state: inout AppState) -> [Effect] {
    switch message {
    case .readingStateSaved(let key, let reading):
      if reading.isRead { state.list.keepWhileRead(key) }
      state.list.apply(reading, to: key)
      if state.body.article?.key == key {
        state.body.readingState.isRead = reading.isRead
        state.body.readingState.isStarred = reading.isStarred
      }
      return []
    case .showSources(let paths):
      state.list.filter.sourcePaths = paths
      return reloadList(&state)
    case .libraryNote(let note):
      state.library.note = note
      return []
    case .indexingStarted:
      state.library.isIndexing = true
      state.library.progress = nil
      state.library.articlesListed = 0
      state.library.listedAt = 0
      state.library.summary = nil
      return []
    case .indexingProgress(let progress):
      state.library.isIndexing = true
      state.library.progress = progress
      guard progress.articlesWritten > state.library.articlesListed,
        state.library.articlesListed == 0
          || progress.elapsed - state.library.listedAt >= LibraryActivity.reloadInterval
      else { return [] }
      state.library.articlesListed = progress.articlesWritten
      state.library.listedAt = progress.elapsed
      return refreshList(&state)
    case .indexingFinished(let report):
      state.library.isIndexing = false
      state.library.progress = nil
      let summary = LibraryActivity.summary(of: report)
      state.library.problems = LibraryActivity.problems(of: report)
      state.library.summary = state.library.note.map { $0 + " · " + summary } ?? summary
      state.library.note = nil
      return refreshList(&state)
    case .indexingFailed(let text):
      state.library.isIndexing = false
      state.library.progress = nil
      state.status = StatusMessage("Indexing failed: \(text)", isError: true)
      return []
    default:
      return []
    }
  }

  /// Reloads the list because the library changed, keeping the selected article selected when
  /// it is still near where it was. A selection on the first row stays on the first row: while
  /// a first index fills a newest-first list, the user at its top wants the newest articles,
  /// not the article that happened to be first when the index began.
  static func refreshList(_ state: inout AppState) -> [Effect] {
    let atTop = state.list.selected == 0 && state.list.top == 0
    state.list.followKey = atTop ? nil : state.list.summary(at: state.list.selected)?.key
    return reloadList(keepingSelection: true, &state)
  }

  /// The store's answer to ``Effect/locateArticle(_:filter:order:)``: selects the article in
  /// its row, as far below the top of the pane as it was, and asks for the pages around it.
  /// Dropped when the list or the article awaited has changed since; an article the list does
  /// not show leaves the selection at the top.
  static func located(
    _ key: ArticleKey, row: Int?, filter: ArticleFilter, order: ArticleOrder,
    _ state: inout AppState
  ) -> [Effect] {
    guard let pending = state.list.locating, pending.key == key,
      filter == state.list.filter, order == state.list.order
    else { return [] }
    state.list.locating = nil
    guard let row else { return [] }
    state.list.restoreSelection(row: row, top: max(0, row - pending.screenRow))
    if state.list.count != nil { state.list.select(row, visibleRows: state.listRows) }
    return pageEffects(&state)
  }

  /// After a page arrives: selects the article the list is following, if the page holds it.
  static func followSelection(page: Int, _ state: inout AppState) -> [Effect] {
    guard let key = state.list.followKey, let rows = state.list.pages[page] else { return [] }
    if let index = rows.firstIndex(where: { $0.key == key }) {
      let row = page * ArticleListState.pageSize + index
      let offset = state.list.selected - state.list.top
      state.list.followKey = nil
      state.list.restoreSelection(row: row, top: max(0, row - offset))
      state.list.select(row, visibleRows: state.listRows)
      return pageEffects(&state)
    }
    if state.list.requested.isEmpty { state.list.followKey = nil }
    return []
  }
}

extension Update {
  /// `!`, once the store has listed the files it could not read when last indexed
  /// (`recorded`): those and the last run's problems (its missing sources; its unreadable files
  /// too, for a store that keeps none) as a page in the body (the summary in the status line
  /// names only the first file); `⌫` goes back.
  static func showIndexProblems(recorded: [String], _ state: inout AppState) -> [Effect] {
    if case .indexProblems = state.navigation.page?.kind { return [] }
    var problems = recorded
    for problem in state.library.problems where !problems.contains(problem) {
      problems.append(problem)
    }
    pushCurrentLocation(&state)
    var page = PageState.indexProblems(problems)
    page.select(0, visibleRows: state.bodyRows)
    state.navigation.page = page
    state.focus = .body
    relayout(&state)
    state.list.select(state.list.selected, visibleRows: state.listRows)
    return []
  }
}
