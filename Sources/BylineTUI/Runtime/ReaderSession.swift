import BylineCore

/// The reader without a terminal: state, the store, and the loop that feeds messages to
/// `update` and performs the store effects it asks for, until nothing is left to do.
/// Terminal effects (redraw, suspend, quit) are handed back to the caller.
public struct ReaderSession {
  /// The state.
  public private(set) var state: AppState
  private let store: any ArticleStore
  /// Brings the library up to date in the background (`nil`: the store cannot be indexed).
  let indexer: BackgroundIndexer?
  /// Where the choices kept across restarts are saved (`nil`: they are not kept).
  let choicesFile: ChoicesFile?
  /// Why there is no indexer, for `r` to say (`nil`: no library is open).
  let whyNotIndexed: String?
  /// Fetches full text for `F` in the background (`nil`: no library to store it in).
  let fullText: BackgroundFullText?

  /// Creates a session over `store`, with `indexer` to bring it up to date in the background
  /// (started by ``start(width:height:)`` and by `r`) and `choicesFile` to keep the user's
  /// choices in; call ``start(width:height:)`` next. Without an indexer, `whyNotIndexed` is what
  /// `r` says (such as "Read-only library: …").
  public init(
    store: any ArticleStore, config: ReaderConfig, themes: [Theme],
    indexer: BackgroundIndexer? = nil, choicesFile: ChoicesFile? = nil,
    whyNotIndexed: String? = nil, fullText: BackgroundFullText? = nil
  ) {
    self.fullText = fullText
    self.store = store
    self.indexer = indexer
    self.choicesFile = choicesFile
    self.whyNotIndexed = whyNotIndexed
    state = AppState(config: config, themes: themes)
  }

  /// Sizes the state, applies the saved choices, starts indexing in the background (when there
  /// is an indexer) and loads the first page of what is already indexed.
  public mutating func start(width: Int, height: Int) -> [Effect] {
    send(.resized(width: width, height: height)) + run([.loadChoices])
      + run(indexer == nil ? [] : [.startIndexing]) + send(.started)
  }

  /// Whether background work is going on (the loop then wakes up to receive its messages).
  var hasBackgroundWork: Bool { (indexer?.isBusy ?? false) || (fullText?.isBusy ?? false) }

  /// Applies the messages background work posted since the last call.
  ///
  /// - Returns: whether there were any (the screen needs drawing), and the terminal effects.
  public mutating func receiveBackground() -> (received: Bool, effects: [Effect]) {
    let messages = (indexer?.takeMessages() ?? []) + (fullText?.takeMessages() ?? [])
    return (!messages.isEmpty, messages.flatMap { send($0) })
  }

  /// Applies `message` and everything that follows from it.
  ///
  /// - Returns: the terminal effects for the caller to perform.
  @discardableResult
  public mutating func send(_ message: Message) -> [Effect] {
    run(Update.apply(message, to: &state))
  }

  /// Replays key presses.
  @discardableResult
  public mutating func press(_ keys: [Key]) -> [Effect] {
    keys.flatMap { send(.key($0)) }
  }

  /// The screen for the current state.
  public func render() -> Screen {
    RootView(state: state).render()
  }

  private mutating func run(_ effects: [Effect]) -> [Effect] {
    var pending = effects
    var terminal: [Effect] = []
    while !pending.isEmpty {
      let effect = pending.removeFirst()
      if let message = perform(effect) {
        pending += Update.apply(message, to: &state)
      } else if !Self.isStoreEffect(effect) {
        terminal.append(effect)
      }
    }
    return terminal
  }

  private static func isStoreEffect(_ effect: Effect) -> Bool {
    switch effect {
    case .loadListCount, .loadListPage, .loadArticle, .saveReadingState, .loadEntityPage,
      .loadEntityRecord, .resolveLink, .changeReadingState, .startIndexing, .markAllRead,
      .loadChoices, .saveChoices, .findUnread, .locateArticle,
      .loadUnreadableFiles, .loadUnextracted, .loadSources, .fetchFullText:
      true
    case .redraw, .suspend, .quit, .interrupt, .openInBrowser, .expireStatus: false
    }
  }

  /// Performs a store effect and returns its result as a message.
  private func perform(_ effect: Effect) -> Message? {
    do {
      switch effect {
      case .loadListCount(let filter):
        return .listCountLoaded(try store.articleCount(matching: filter))
      case .loadListPage(let page, let filter, let order):
        let rows = try store.summaries(
          matching: filter, order: order, offset: page * ArticleListState.pageSize,
          limit: ArticleListState.pageSize)
        return .listPageLoaded(page: page, summaries: rows)
      case .loadArticle(let key, let listRow, let arrival):
        guard let article = try store.article(for: key) else {
          return .storeFailed("Article \(key) is no longer in the library")
        }
        return .articleLoaded(
          article, try store.readingState(for: key), listRow: listRow, arrival: arrival)
      case .saveReadingState(let key, let reading):
        try store.setReadingState(reading, for: key)
        return nil
      case .loadEntityPage(let id, let limit):
        let details = try store.entityDetails(
          id: id, mentionLimit: limit, relatedLimit: PageState.relatedLimit)
        return .entityPageLoaded(id: id, details, mentionLimit: limit)
      case .loadEntityRecord(let id):
        guard let details = try store.entityDetails(id: id, mentionLimit: 0, relatedLimit: 0)
        else { return nil }
        return .entityRecordLoaded(details.entity)
      case .resolveLink(let url):
        return .linkResolved(url: url, try store.articleKey(forURL: url))
      case .changeReadingState(let key, let read, let starred):
        var reading = try store.readingState(for: key)
        if let read { reading.isRead = read }
        if let starred { reading.isStarred = starred }
        try store.setReadingState(reading, for: key)
        return .readingStateSaved(key, reading)
      case .markAllRead(let filter):
        return .markedAllRead(count: try store.markAllRead(matching: filter, publishedBefore: nil))
      case .loadChoices:
        return .choicesLoaded(try choicesFile?.load() ?? ReaderChoices())
      case .saveChoices(let choices):
        try choicesFile?.save(choices)
        return nil
      case .startIndexing:
        guard let indexer else {
          return .notice(StatusMessage(whyNotIndexed ?? "Nothing to index: no library is open"))
        }
        return indexer.start() ? .indexingStarted : .notice(StatusMessage("Already indexing"))
      case .findUnread(let row, let filter, let order):
        let found = try store.firstUnread(matching: filter, order: order, after: row)
        return .unreadFound(found, filter: filter, order: order)
      case .loadUnreadableFiles:
        let files = try store.unreadableFiles(limit: 10_000)
        return .unreadableFilesLoaded(files.map(LibraryActivity.problemLine(for:)))
      case .fetchFullText(let article):
        guard let fullText else {
          return .fullTextLoaded(article.key, .failed("no library is open to store it in"))
        }
        return fullText.start(article)
          ? nil : .notice(StatusMessage("Already fetching a full text"))
      case .loadSources:
        return .sourcesLoaded(try store.sourceList())
      case .loadUnextracted(let article):
        return .unextractedLoaded(article.key, UnextractedArticle.read(for: article))
      case .locateArticle(let key, let filter, let order):
        let row = try store.row(of: key, matching: filter, order: order)
        return .articleLocated(key, row: row, filter: filter, order: order)
      case .redraw, .suspend, .quit, .interrupt, .openInBrowser, .expireStatus:
        return nil
      }
    } catch let error as ChoicesFileError {
      return .notice(StatusMessage("Choices not kept: \(error)", isError: true))
    } catch {
      return .storeFailed("Library error: \(error)")
    }
  }
}
