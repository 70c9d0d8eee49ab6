import BylineCore

/// Work that `update` asks for and the runtime performs outside it. Each effect carries all it
/// needs, so the session performing it never reads the state.
public enum Effect: Hashable, Sendable {
  /// Count the articles `filter` shows.
  case loadListCount(filter: ArticleFilter)
  /// Load one page of the articles `filter` shows, sorted by `order`.
  case loadListPage(page: Int, filter: ArticleFilter, order: ArticleOrder)
  /// Load an article (and its reading state); `arrival` comes back with it in
  /// ``Message/articleLoaded(_:_:listRow:arrival:)``.
  case loadArticle(ArticleKey, listRow: Int?, arrival: Arrival? = nil)
  /// Save an article's reading state.
  case saveReadingState(ArticleKey, ReadingState)
  /// Change an article's read or starred mark (`nil` keeps it), keeping the rest of its state.
  case changeReadingState(ArticleKey, read: Bool?, starred: Bool?)
  /// Mark read every article `filter` shows, in one store operation.
  case markAllRead(filter: ArticleFilter)
  /// Read the saved choices (``ReaderChoices``) from the state file.
  case loadChoices
  /// Save the choices to the state file.
  case saveChoices(ReaderChoices)
  /// Start bringing the library up to date in the background.
  case startIndexing
  /// Repaint the whole terminal.
  case redraw
  /// Suspend the process (Ctrl-Z).
  case suspend
  /// Exit.
  case quit
  /// Exit as an interrupt does (Ctrl-C): the reading state saved, status 128 + SIGINT.
  case interrupt
  /// Load an entity's page with up to `mentionLimit` mentions.
  case loadEntityPage(id: String, mentionLimit: Int)
  /// Look up an entity's name and article count (for the status line).
  case loadEntityRecord(id: String)
  /// Find the library article a link points to, if any.
  case resolveLink(url: String)
  /// Open a URL in the browser, outside curses (performed by the runtime).
  case openInBrowser(url: String)
  /// Find the first unread article after row `row` of the list `filter` shows in `order`
  /// (`U` and `Space` at the end of an article, when the loaded rows hold none).
  case findUnread(after: Int, filter: ArticleFilter, order: ArticleOrder)
  /// Find the row of the article with `key` in the list `filter` shows in `order` (`Esc` after
  /// `byline PATH` keeps the selected article selected in the whole library).
  case locateArticle(ArticleKey, filter: ArticleFilter, order: ArticleOrder)
  /// Read the open article's web page again without main-content extraction (the raw view).
  case loadUnextracted(Article)
  /// Read the files the library could not read when last indexed (for `!`).
  case loadUnreadableFiles
  /// List the sources with their counts and last outcomes (for the sources view).
  case loadSources
  /// Fetch the full text of the article (its link's page) and store it, in the background.
  case fetchFullText(Article)
  /// Clear `message` from the status line after `milliseconds`, unless something replaced it
  /// (performed by the runtime's loop, which then sends ``Message/statusExpired(_:)``).
  case expireStatus(StatusMessage, milliseconds: Int)
}
