import BylineCore

/// The reader's update function: applies a message to the state and returns the effects to
/// perform. Pure: no I/O, no terminal, no clock.
public enum Update {
  /// Applies `message` to `state`.
  public static func apply(_ message: Message, to state: inout AppState) -> [Effect] {
    switch message {
    case .key(let key):
      return handle(key, &state)
    case .mouse(let event, let milliseconds):
      return handle(event, milliseconds: milliseconds, &state)
    case .resized(let width, let height):
      state.width = max(0, width)
      state.height = max(0, height)
      relayout(&state)
      state.list.select(state.list.selected, visibleRows: state.listRows)
      if case .help(var help) = state.mode {
        help.fit(height: state.height)
        state.mode = .help(help)
      }
      return pageEffects(&state)
    case .started:
      return [.loadListCount(filter: state.list.filter)]
    case .listCountLoaded(let count):
      state.list.count = count
      state.list.select(state.list.selected, visibleRows: state.listRows)
      if count == 0 && !state.library.isIndexing && state.list.filter == .all {
        state.status = StatusMessage("No articles")
      }
      return pageEffects(&state)
    case .listPageLoaded(let page, let summaries):
      state.list.requested.remove(page)
      state.list.pages[page] = summaries
      let follow = followSelection(page: page, &state)
      let awaited = openAwaitedRow(page: page, &state)
      state.list.evictDistantPages()
      return follow + awaited
    case .articleLoaded(let article, let readingState, let listRow, let arrival):
      return arrived(at: article, readingState, listRow: listRow, arrival: arrival, &state)
    case .readingStateSaved, .libraryNote, .showSources, .indexingStarted, .indexingProgress,
      .indexingFinished, .indexingFailed:
      return applyLibrary(message, &state)
    case .storeFailed(let text):
      state.status = StatusMessage(text, isError: true)
      return []
    case .notice(let notice):
      state.status = notice
      return []
    case .shutdown:
      return saveEffects(state)
    case .entityPageLoaded, .entityRecordLoaded, .linkResolved:
      return applyNavigation(message, &state)
    case .markedAllRead(let count):
      return markedAllRead(count: count, &state)
    case .choicesLoaded(let choices):
      return applyChoices(choices, &state)
    case .unreadFound(let found, let filter, let order):
      return foundUnread(found, filter: filter, order: order, &state)
    case .unreadableFilesLoaded(let files):
      return showIndexProblems(recorded: files, &state)
    case .sourcesLoaded(let sources):
      return showSourceList(sources, &state)
    case .fullTextLoaded(let key, let outcome):
      return showFullText(key, outcome, &state)
    case .articleLocated(let key, let row, let filter, let order):
      return located(key, row: row, filter: filter, order: order, &state)
    case .unextractedLoaded(let key, let outcome):
      return showUnextracted(key, outcome, &state)
    case .statusExpired(let message):
      if state.status == message { state.status = nil }
      return []
    }
  }

  /// A key: a prompt or a link confirmation takes it as typed; otherwise the keymap of the
  /// pane keys go to turns it into an action.
  static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
    switch state.mode {
    case .finding(var input):
      let outcome = PromptInput.apply(key, to: &input)
      state.mode = outcome == .editing ? .finding(input) : .browsing
      return editSearch(outcome, input: input, &state)
    case .searchingLibrary(var input):
      let outcome = PromptInput.apply(key, to: &input)
      state.mode = outcome == .editing ? .searchingLibrary(input) : .browsing
      return editListSearch(outcome, input: input, &state)
    case .confirmingLink(let url):
      state.mode = .browsing
      // An interrupt is still an interrupt while a link waits for its answer.
      if state.config.keymap.action(for: key, in: state.keyPane) == .interrupt {
        return perform(.interrupt, &state)
      }
      return confirmLink(url, key, &state)
    case .confirmingMarkRead(_, let filter):
      state.mode = .browsing
      if state.config.keymap.action(for: key, in: state.keyPane) == .interrupt {
        return perform(.interrupt, &state)
      }
      return confirmMarkAllRead(filter, key, &state)
    case .browsing, .help:
      state.status = nil
      state.library.summary = nil
      guard let action = state.config.keymap.action(for: key, in: state.keyPane) else {
        return unboundKey(key, &state)
      }
      return perform(action, &state)
    }
  }

  /// An action: the ones that work the same everywhere first, then the pane keys go to (the
  /// help screen, the list, or the body and the page shown in it) handles its own, and passes
  /// the rest on to the ones the list and the body share.
  static func perform(_ action: Action, _ state: inout AppState) -> [Effect] {
    if let effects = performEverywhere(action, &state) { return effects }
    if case .help(let help) = state.mode { return performInHelp(action, help, &state) }
    let own =
      state.keyPane == .body ? performInBody(action, &state) : performInList(action, &state)
    return own ?? performShared(action, &state)
  }

  /// The actions the list and the body share.
  static func performShared(_ action: Action, _ state: inout AppState) -> [Effect] {
    switch action {
    case .switchPane:
      // With no article open the list has the whole screen: there is no pane to switch to.
      if !state.readingMode, state.focus == .body || !state.paneLayout.body.isEmpty {
        state.focus = state.focus == .list ? .body : .list
      }
      return []
    case .back:
      if state.readingMode { return leaveReadingMode(&state) }
      if state.focus == .body {
        // A page with no article under it (the index problems) closes.
        if state.body.article == nil, state.navigation.page != nil {
          state.navigation.page = nil
          relayout(&state)
        }
        state.focus = .list
        state.list.select(state.list.selected, visibleRows: state.listRows)
        return []
      }
      state.isQuitting = true
      return saveEffects(state) + [.quit]
    case .help:
      state.mode = .help(HelpPane())
      return []
    case .readingMode:
      return toggleReadingMode(&state)
    case .toggleStar, .unreadOnly, .starredOnly, .reindex, .cycleOrder, .indexProblems, .sources:
      return performLibrary(action, &state)
    case .nextLayout:
      return nextLayout(&state)
    case .nextArticle, .previousArticle, .nextUnread, .pageOrNextUnread, .openArticleLink:
      return performBetweenArticles(action, &state) ?? []
    case .toggleRaw:
      return toggleRaw(&state)
    case .fetchFullText:
      return requestFullText(&state)
    default:
      return []
    }
  }

  /// The actions that do the same on every pane and on the help screen; `nil` for the others.
  static func performEverywhere(_ action: Action, _ state: inout AppState) -> [Effect]? {
    switch action {
    case .quit:
      state.isQuitting = true
      return saveEffects(state) + [.quit]
    case .interrupt:
      // The runtime saves through `shutdown`, as it does for a SIGINT.
      state.isQuitting = true
      return [.interrupt]
    case .redraw:
      return [.redraw]
    case .nextTheme:
      state.themeIndex = (state.themeIndex + 1) % state.themes.count
      state.status = StatusMessage("Theme: \(state.theme.name)")
      let name = state.theme.name
      return remember({ $0.themeName = name }, &state)
    case .suspend:
      return [.suspend]
    default:
      return nil
    }
  }

  /// The help screen: movement scrolls it, `back` and `help` close it.
  static func performInHelp(_ action: Action, _ help: HelpPane, _ state: inout AppState)
    -> [Effect]
  {
    var help = help
    switch action {
    case .back, .help:
      state.mode = .browsing
    default:
      _ = help.move(action, height: state.height)
      state.mode = .help(help)
    }
    return []
  }

  /// The effects that save the open article's reading position.
  static func saveEffects(_ state: AppState) -> [Effect] {
    guard let article = state.body.article else { return [] }
    // Opening marks the article read (see `opened`); `N` may have marked it unread since.
    var reading = state.body.readingState
    reading.lastParagraph =
      state.body.extracted == nil
      ? state.body.topParagraph : max(0, state.body.extractedAnchor.paragraph)
    return [.saveReadingState(article.key, reading)]
  }

  static func opened(
    _ article: Article, _ reading: ReadingState, listRow: Int?, _ state: inout AppState
  ) -> [Effect] {
    state.body = ArticleBodyState()
    state.body.article = article
    state.body.listRow = listRow
    state.body.readingState = reading
    // A saved position reopens with the paragraph's first line at the top (offset 0, not the
    // blank line before it); a new article opens at its header.
    state.body.anchor =
      reading.lastParagraph > 0
      ? TextPosition(paragraph: reading.lastParagraph, offset: 0)
      : TextPosition(paragraph: LaidOutLine.header, offset: -1)
    state.search = SearchState()
    state.focus = .body
    relayout(&state)
    // The list shrinks when the first article opens (it had the whole screen): keep the
    // selection in view.
    state.list.select(state.list.selected, visibleRows: state.listRows)
    if !reading.isRead { state.list.keepWhileRead(article.key) }
    state.list.markRead(article.key)
    var marked = reading
    marked.isRead = true
    state.body.readingState = marked
    return reading.isRead ? [] : [.saveReadingState(article.key, marked)]
  }

  /// Brings the body layout up to date with the text width, keeping the text at the top of
  /// the view at the top, and a page's selection in view.
  static func relayout(_ state: inout AppState) {
    // The page shown over the article keeps its selection in view in the new height.
    let rows = state.bodyRows
    state.navigation.page?.keepVisible(rows: rows)
    guard let article = state.body.article else { return }
    let width = state.textArea.width
    if state.body.layout?.width != width || state.body.layout?.key != article.key {
      // The raw view shares the article's key: it is laid out outside the cache.
      state.body.layout =
        state.body.extracted == nil
        ? state.reflowCache.layout(of: article, width: width) : Reflow.layout(article, width: width)
    }
    guard let layout = state.body.layout else { return }
    state.body.place(line: layout.lineIndex(for: state.body.anchor), rows: rows)
  }

  /// Scrolls the body so line `top` is at the top, and remembers the text there.
  static func scrollBody(to top: Int, _ state: inout AppState) {
    let rows = state.bodyRows
    state.body.scroll(toLine: top, rows: rows)
  }

  /// Reloads the list from the store after its filter or order changed (or the store grew):
  /// drops the loaded pages and asks for the count again.
  static func reloadList(keepingSelection: Bool = false, _ state: inout AppState) -> [Effect] {
    state.list.invalidate(keepingSelection: keepingSelection)
    // The open article's row is found again in the pages that arrive.
    state.body.listRow = nil
    return [.loadListCount(filter: state.list.filter)]
  }

  /// Asks for the list pages the visible window needs.
  static func pageEffects(_ state: inout AppState) -> [Effect] {
    let pages = state.list.missingPages(visibleRows: state.listRows)
    for page in pages { state.list.requested.insert(page) }
    return pages.map {
      .loadListPage(page: $0, filter: state.list.filter, order: state.list.order)
    }
  }
}
