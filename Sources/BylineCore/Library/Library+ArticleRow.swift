import GRDB

extension Library {
  /// The row of the article with `key` in the list `filter` shows in `order`, or `nil` when the
  /// list does not show it.
  ///
  /// Without a query this is one statement: the list's rows numbered in the list's own ORDER BY
  /// (as ``firstUnread(matching:order:after:)`` does), the row of the one with `key`. A query is
  /// ranked, and very many matches are ordered title matches first, so those lists are read
  /// page by page instead.
  public func row(
    of key: ArticleKey, matching filter: ArticleFilter, order: ArticleOrder
  ) throws -> Int? {
    if filter.query != nil {
      return try rowByPages(of: key, matching: filter, order: order)
    }
    return try read { db in
      let entityRowID = try Self.entityRowID(filter.entityID, db: db)
      if filter.entityID != nil && entityRowID == nil { return nil }
      guard let sql = LibraryFilterSQL(filter: filter, entityRowID: entityRowID) else {
        return nil
      }
      var arguments = sql.arguments
      arguments += [key.rawValue]
      return try Int.fetchOne(
        db,
        sql: "SELECT row FROM (SELECT a.key AS key,"
          + " row_number() OVER (" + sql.orderBy(order) + ") - 1 AS row "
          + sql.pageFrom(order) + sql.conditions
          + ") WHERE key = ? LIMIT 1",
        arguments: arguments)
    }
  }
}
