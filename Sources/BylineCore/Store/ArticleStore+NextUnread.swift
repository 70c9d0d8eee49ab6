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
}
