import Foundation
import GRDB

extension Library {
  /// Marks read every unread article `filter` shows (published before `publishedBefore`, when
  /// given), in one transaction: one `INSERT … SELECT` over the same FROM and WHERE the list
  /// uses (see ``LibraryFilterSQL``), so the articles marked are exactly the ones listed. An
  /// article with a saved state keeps its star and position. Returns how many were unread.
  public func markAllRead(matching filter: ArticleFilter, publishedBefore: Date? = nil) throws
    -> Int
  {
    try write { db in
      let entityRowID = try Self.entityRowID(filter.entityID, db: db)
      guard let sql = LibraryFilterSQL(filter: filter, entityRowID: entityRowID) else { return 0 }
      var conditions = ["coalesce(r.is_read, 0) = 0"]
      var arguments: StatementArguments = [Date().timeIntervalSince1970]
      arguments += sql.arguments
      if let publishedBefore {
        conditions.append("a.published < ?")
        arguments += [publishedBefore.timeIntervalSince1970]
      }
      let whereClause =
        (sql.conditions.isEmpty ? " WHERE " : sql.conditions + " AND ")
        + conditions.joined(separator: " AND ")
      // The WHERE clause is always there: SQLite needs one before ON CONFLICT in an
      // INSERT … SELECT (it would read the ON as a join constraint otherwise).
      try db.execute(
        sql: """
          INSERT INTO reading_state(key, is_read, is_starred, last_paragraph, updated)
          SELECT DISTINCT a.key, 1, 0, 0, ? \(sql.from)\(whereClause)
          ON CONFLICT(key) DO UPDATE SET is_read = 1, updated = excluded.updated
          """, arguments: arguments)
      return db.changesCount
    }
  }
}
