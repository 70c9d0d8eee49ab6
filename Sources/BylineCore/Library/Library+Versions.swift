import Foundation
import GRDB

extension Library {
  /// The other versions of an article's story: the articles with the same title and date whose
  /// first paragraph opens with the same 500 characters but whose text differs elsewhere (a
  /// story re-edited or corrected). Each is an article of its own (issue 17); this groups them
  /// for a reader that wants to show them as versions. Ordered by source, then key.
  ///
  /// One index range scan of `articles_by_date` for the title and date, then the first
  /// paragraph of each candidate; no work at index time.
  public func versions(of key: ArticleKey) throws -> [ArticleSummary] {
    try read { db in
      guard
        let article = try Row.fetchOne(
          db, sql: "SELECT id, title, published FROM articles WHERE key = ?",
          arguments: [key.rawValue])
      else { return [] }
      let opening = try Self.opening(ofArticle: article[0], db: db)
      let candidates = try Row.fetchAll(
        db,
        sql: """
          SELECT a.id, a.key, a.title, a.source, a.published,
            coalesce(r.is_read, 0), coalesce(r.is_starred, 0)
          FROM articles a LEFT JOIN reading_state r ON r.key = a.key
          WHERE a.published IS ? AND a.title = ? AND a.key <> ?
          ORDER BY a.source, a.key
          """, arguments: [article[2] as Double?, article[1] as String, key.rawValue])
      return try candidates.filter { try Self.opening(ofArticle: $0[0], db: db) == opening }
        .map { row in
          ArticleSummary(
            key: ArticleKey(rawValue: row[1]), title: row[2], source: row[3],
            published: (row[4] as Double?).map(Date.init(timeIntervalSince1970:)),
            isRead: row[5], isStarred: row[6])
        }
    }
  }

  /// The first 500 characters (Unicode scalars) of an article's first paragraph: what version 2
  /// keyed on, and what versions of one story share.
  private static func opening(ofArticle id: Int64, db: Database) throws -> String {
    let text = try String.fetchOne(
      db.cachedStatement(sql: "SELECT text FROM paragraphs WHERE article_id = ? AND idx = 0"),
      arguments: [id])
    return String((text ?? "").unicodeScalars.prefix(500))
  }
}
