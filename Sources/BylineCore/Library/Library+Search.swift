import GRDB

extension Library {
  /// Full-text search over the whole library: words, `"phrases"` and `prefix*`, ranked by BM25
  /// with the title weighted ten times the body. Returns one page of hits, each with a snippet
  /// and the matched ranges, and the total number of matches.
  public func search(query: String, offset: Int = 0, limit: Int = 20) throws(LibraryError)
    -> SearchResults
  {
    let filter = ArticleFilter(query: query)
    return try read { db in
      let total = try Self.count(filter, db: db)
      guard limit > 0, total > 0 else { return SearchResults(total: total, hits: []) }
      let hits = try Self.page(
        filter, order: .date, offset: max(0, offset), limit: limit,
        exactRankingLimit: exactRankingLimit, matchCount: total, db: db)
      return SearchResults(total: total, hits: hits)
    }
  }
}
