import BylineCore

/// What fetching an article's full text on demand (`F`) gave.
public enum FullTextOutcome: Hashable, Sendable {
  /// The article with its page's main content as its text, as stored.
  case fetched(Article)
  /// Why not (the summary stays).
  case failed(String)
}
