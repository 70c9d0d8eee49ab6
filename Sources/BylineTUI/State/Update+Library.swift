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
      state.status = StatusMessage(state.list.filter.unreadOnly ? "Unread only" : "Read and unread")
      return effects
    case .starredOnly:
      let effects = changeFilter(&state) { $0.starredOnly.toggle() }
      state.status = StatusMessage(state.list.filter.starredOnly ? "Starred only" : "All articles")
      return effects
    case .cycleOrder:
      let orders = ArticleOrder.allCases
      let index = orders.firstIndex(of: state.list.order) ?? 0
      state.list.order = orders[(index + 1) % orders.count]
      state.listSearch.savedSelection = nil
      state.status = StatusMessage(
        state.list.filter.query == nil
          ? "Sorted by \(state.list.order.rawValue)"
          : "Sorted by \(state.list.order.rawValue) after the search (results are ranked)")
      return reloadList(&state)
    case .reindex:
      return [.startIndexing]
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
    change(&state.list.filter)
    if state.list.filter == .all, let saved = state.listSearch.savedSelection {
      state.listSearch.savedSelection = nil
      state.list.restoreSelection(row: saved.row, top: saved.top)
      return reloadList(keepingSelection: true, &state)
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
  /// it is still near where it was.
  static func refreshList(_ state: inout AppState) -> [Effect] {
    state.list.followKey = state.list.summary(at: state.list.selected)?.key
    return reloadList(keepingSelection: true, &state)
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
