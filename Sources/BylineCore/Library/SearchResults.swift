/// One page of full-text search results, best first, with the number of all matches.
public struct SearchResults: Hashable, Sendable {
  /// One matching article.
  public struct Hit: Hashable, Sendable {
    /// The article as the list shows it, with `snippet` and `titleMatches` set.
    public var summary: ArticleSummary
    /// The matched words inside `summary.snippet`, in Unicode scalar offsets.
    public var snippetMatches: [TextRange]

    /// Creates a hit.
    public init(summary: ArticleSummary, snippetMatches: [TextRange]) {
      self.summary = summary
      self.snippetMatches = snippetMatches
    }
  }

  /// How many articles match in all.
  public var total: Int
  /// This page of them.
  public var hits: [Hit]

  /// Creates results.
  public init(total: Int, hits: [Hit]) {
    self.total = total
    self.hits = hits
  }
}
