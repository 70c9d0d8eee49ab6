import Foundation
import GRDB

extension Indexer {
  /// Replaces the stored text of `article` (already in the library, by key) with `article`'s
  /// paragraphs — a page's full text — tagged and linked as any article, keeping its key, row,
  /// sources and reading state, and marks it full text so that a later fetch of its feed does
  /// not put the summary back. Returns `false` when the library does not hold the article.
  public func storeFullText(_ article: Article) throws(LibraryError) -> Bool {
    var article = article
    tag?(&article)
    link(&article)
    let prepared = PreparedArticle(article)
    return try library.write { db -> Bool in
      guard
        let fileID = try Int64.fetchOne(
          db, sql: "SELECT file_id FROM articles WHERE key = ?", arguments: [article.key.rawValue])
      else { return false }
      let session = IndexWriteSession()
      _ = try session.insert(prepared, fileID: fileID, into: db)
      try db.execute(
        sql: "UPDATE articles SET full_text = 1 WHERE key = ?", arguments: [article.key.rawValue])
      try session.flush(db)
      try session.removeUnusedEntities(db)
      return true
    }
  }
}
