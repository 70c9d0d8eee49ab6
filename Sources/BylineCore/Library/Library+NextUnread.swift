import GRDB

extension Library {
  /// The first unread article after row `row` of the list `filter` shows in `order`.
  ///
  /// Without a query this is one statement: the list's rows numbered in the list's own
  /// ORDER BY (so the row matches what the paged list shows), the first unread one after
  /// `row`. A query is ranked, and very many matches are ordered title matches first (see
  /// ``page(_:order:offset:limit:exactRankingLimit:db:)``), so those lists are read page by
  /// page instead.
  public func firstUnread(
    matching filter: ArticleFilter, order: ArticleOrder, after row: Int
  ) throws -> ListedArticle? {
    if filter.query != nil {
      return try firstUnreadByPages(matching: filter, order: order, after: row)
    }
    return try read { db in
      let entityRowID = try Self.entityRowID(filter.entityID, db: db)
      if filter.entityID != nil && entityRowID == nil { return nil }
      guard let sql = LibraryFilterSQL(filter: filter, entityRowID: entityRowID) else {
        return nil
      }
      var arguments = sql.arguments
      arguments += [max(-1, row)]
      let found = try Row.fetchOne(
        db,
        sql: "SELECT row, key FROM (SELECT a.key AS key, coalesce(r.is_read, 0) AS is_read,"
          + " row_number() OVER (" + sql.orderBy(order) + ") - 1 AS row "
          + sql.pageFrom(order) + sql.conditions
          + ") WHERE row > ? AND is_read = 0 ORDER BY row LIMIT 1",
        arguments: arguments)
      return found.map { ListedArticle(row: $0[0], key: ArticleKey(rawValue: $0[1])) }
    }
  }
}
