import Foundation
import GRDB

extension Library {
  /// Records a web source (an http or https address; added once), full-text when `fullText`.
  /// Returns the new source, or `nil` when the address was already in the library.
  public func addFeed(
    url: String, kind: FeedSource.Kind = .feed, title: String? = nil, folder: String? = nil,
    fullText: Bool = false
  ) throws(LibraryError) -> FeedSource? {
    try write { db -> FeedSource? in
      let known =
        try Bool.fetchOne(
          db,
          sql: """
            SELECT EXISTS (SELECT 1 FROM sources WHERE path = ?)
              OR EXISTS (SELECT 1 FROM feeds WHERE url = ?)
            """, arguments: [url, url]) ?? false
      if known { return nil }
      try db.execute(
        sql: "INSERT INTO sources(path, added) VALUES (?, ?)",
        arguments: [url, Date().timeIntervalSince1970])
      let id = db.lastInsertedRowID
      try db.execute(
        sql: """
          INSERT INTO feeds(source_id, url, kind, title, folder, full_text) VALUES (?, ?, ?, ?, ?, ?)
          """,
        arguments: [id, url, kind.rawValue, title, folder, fullText])
      return try Row.fetchOne(db, sql: "SELECT * FROM feeds WHERE source_id = ?", arguments: [id])
        .map(FeedSource.init(row:))
    }
  }

  /// The web sources, in the order they were added.
  public func feeds() throws(LibraryError) -> [FeedSource] {
    try read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM feeds ORDER BY source_id").map(FeedSource.init)
    }
  }

  /// The web source at `url` (compared with the address fetched and the one added), if any.
  public func feed(url: String) throws(LibraryError) -> FeedSource? {
    try read { db in
      try Row.fetchOne(
        db,
        sql: """
          SELECT * FROM feeds WHERE url = ?
            OR source_id = (SELECT id FROM sources WHERE path = ?) LIMIT 1
          """, arguments: [url, url]
      ).map(FeedSource.init)
    }
  }

  /// Saves what a fetch of `feed` told: its new validators, title, kind, address (after a
  /// permanent redirect), outcome and note, and when it may be fetched again.
  func recordFetch(of feed: FeedSource) throws(LibraryError) {
    try write { db in
      try db.execute(
        sql: """
          UPDATE feeds SET url = ?, kind = ?, title = ?, etag = ?, last_modified = ?,
            checked = ?, next_check = ?, outcome = ?, note = ? WHERE source_id = ?
          """,
        arguments: [
          feed.url, feed.kind.rawValue, feed.title, feed.etag, feed.lastModified,
          feed.checked?.timeIntervalSince1970, feed.nextCheck?.timeIntervalSince1970,
          feed.outcome, feed.note, feed.id,
        ])
    }
  }

  /// Moves `feed` to `url` (a permanent redirect): its address, and the path of the row of
  /// `files` holding its items, so they stay its items.
  func moveFeed(_ feed: FeedSource, to url: String) throws(LibraryError) {
    try write { db in
      try db.execute(
        sql: """
          UPDATE OR IGNORE files SET path = ? WHERE path = ? AND source_id = ?
          """, arguments: [WebAddress.redacted(url), feed.holderPath, feed.id])
      try db.execute(
        sql: "UPDATE feeds SET url = ? WHERE source_id = ?", arguments: [url, feed.id])
    }
  }
}
