extension ArticleStore {
  /// The first unread article after row `row` of the list `filter` shows in `order`, found by
  /// reading pages of summaries (a larger one each time, so a long run of read articles costs
  /// a few queries, not one per page). Stores that can ask for it directly do so instead.
  public func firstUnread(
    matching filter: ArticleFilter, order: ArticleOrder, after row: Int
  ) throws -> ListedArticle? {
    try firstUnreadByPages(matching: filter, order: order, after: row)
  }

  /// The first unread article after row `row`, found by reading the list page by page.
  public func firstUnreadByPages(
    matching filter: ArticleFilter, order: ArticleOrder, after row: Int
  ) throws -> ListedArticle? {
    var offset = max(0, row + 1)
    var limit = 100
    while true {
      let rows = try summaries(matching: filter, order: order, offset: offset, limit: limit)
      if let index = rows.firstIndex(where: { !$0.isRead }) {
        return ListedArticle(row: offset + index, key: rows[index].key)
      }
      guard rows.count == limit else { return nil }
      offset += limit
      limit = min(limit * 2, 10_000)
    }
  }

  /// No unreadable files: a store without files has none.
  public func unreadableFiles(limit: Int) throws -> [LibraryError] { [] }

  /// No sources: a store that does not keep them lists none.
  public func sourceList() throws -> [SourceSummary] { [] }

  /// The row of the article with `key` in the list `filter` shows in `order`, found by reading
  /// pages of summaries. Stores that can ask for it directly do so instead.
  public func row(
    of key: ArticleKey, matching filter: ArticleFilter, order: ArticleOrder
  ) throws -> Int? {
    try rowByPages(of: key, matching: filter, order: order)
  }

  /// The row of the article with `key`, found by reading the list page by page (a larger page
  /// each time).
  public func rowByPages(
    of key: ArticleKey, matching filter: ArticleFilter, order: ArticleOrder
  ) throws -> Int? {
    var offset = 0
    var limit = 100
    while true {
      let rows = try summaries(matching: filter, order: order, offset: offset, limit: limit)
      if let index = rows.firstIndex(where: { $0.key == key }) { return offset + index }
      guard rows.count == limit else { return nil }
      offset += limit
      limit = min(limit * 2, 10_000)
    }
  }
}
