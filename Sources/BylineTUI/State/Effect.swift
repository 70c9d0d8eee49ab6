import BylineCore

/// Work that `update` asks for and the runtime performs outside it.
public enum Effect: Hashable, Sendable {
  /// Count the list.
  case loadListCount
  /// Load one page of the list.
  case loadListPage(page: Int)
  /// Load an article (and its reading state).
  case loadArticle(ArticleKey, listRow: Int?)
  /// Save an article's reading state.
  case saveReadingState(ArticleKey, ReadingState)
  /// Change an article's read or starred mark (`nil` keeps it), keeping the rest of its state.
  case changeReadingState(ArticleKey, read: Bool?, starred: Bool?)
  /// Start bringing the library up to date in the background.
  case startIndexing
  /// Repaint the whole terminal.
  case redraw
  /// Suspend the process (Ctrl-Z).
  case suspend
  /// Exit.
  case quit
}
