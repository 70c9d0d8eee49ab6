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
  /// Repaint the whole terminal.
  case redraw
  /// Suspend the process (Ctrl-Z).
  case suspend
  /// Exit.
  case quit
}
