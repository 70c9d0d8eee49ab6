import Foundation
import GRDB

/// What storing one fetch of a web source did.
struct FeedStoreCounts: Hashable, Sendable {
  /// Items new to the library.
  var added = 0
  /// Items met before whose text changed (stored text replaced, key and reading state kept).
  var updated = 0
}

extension Indexer {
  /// Stores the items of one fetch of `feed`, tagged and linked as files' articles are, in one
  /// transaction, through the same write session.
  ///
  /// The items are held by the feed's row of `files` (its address without credentials). Unlike
  /// a file read again, nothing is removed: an item seen before keeps its key and reading state
  /// (and its text is replaced when it changed), and an item that left the feed stays.
  ///
  /// An item whose stored text is a page's full text keeps it (the feed's summary does not
  /// replace it); the items keyed in `fullText` carry their page's text and are marked so.
  func store(
    _ articles: [Article], of feed: FeedSource, size: Int, hash: String,
    fullText: Set<ArticleKey> = []
  ) throws(LibraryError) -> FeedStoreCounts {
    let prepared = articles.map { article -> PreparedArticle in
      var article = article
      tag?(&article)
      link(&article)
      return PreparedArticle(article)
    }
    return try library.write { db -> FeedStoreCounts in
      let now = Date().timeIntervalSince1970
      let fileID: Int64
      if let existing = try Int64.fetchOne(
        db, sql: "SELECT id FROM files WHERE path = ?", arguments: [feed.holderPath])
      {
        fileID = existing
        try db.execute(
          sql: "UPDATE files SET size = ?, mtime = ?, hash = ?, source_id = ?, error = NULL "
            + "WHERE id = ?",
          arguments: [size, now, hash, feed.id, fileID])
      } else {
        try db.execute(
          sql: """
            INSERT INTO files(path, source_id, size, mtime, hash, article_count, error)
            VALUES (?, ?, ?, ?, ?, 0, NULL)
            """, arguments: [feed.holderPath, feed.id, size, now, hash])
        fileID = db.lastInsertedRowID
      }
      let session = IndexWriteSession()
      var counts = FeedStoreCounts()
      let keptFullText = try Library.fullTextKeys(prepared.map(\.article.key), db: db)
      for article in prepared where !keptFullText.contains(article.article.key) {
        switch try session.insert(article, fileID: fileID, into: db) {
        case .added: counts.added += 1
        case .updated: counts.updated += 1
        case .alreadyStored, .repeated: break
        }
        if fullText.contains(article.article.key) {
          try db.execute(
            sql: "UPDATE articles SET full_text = 1 WHERE key = ?",
            arguments: [article.article.key.rawValue])
        }
      }
      try db.execute(
        sql: """
          UPDATE files SET article_count = (SELECT count(*) FROM file_articles WHERE file_id = ?)
          WHERE id = ?
          """, arguments: [fileID, fileID])
      try session.flush(db)
      if counts.updated > 0 { try session.removeUnusedEntities(db) }
      return counts
    }
  }
}
