/// How the article list is sorted. A full-text query always sorts by rank.
public enum ArticleOrder: String, Hashable, Sendable, CaseIterable {
  /// Newest first; undated articles last, then by title.
  case date
  /// By source, then newest first.
  case source
}
