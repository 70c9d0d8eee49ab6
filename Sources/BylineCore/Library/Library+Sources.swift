import Foundation
import GRDB

/// A folder or file the user added to the library.
public struct LibrarySource: Hashable, Sendable {
  /// The source's row ID.
  public var id: Int64
  /// Its absolute location.
  public var url: URL
}

/// How much the library holds.
public struct LibraryStatistics: Hashable, Sendable {
  /// Sources added.
  public var sources: Int
  /// Files indexed.
  public var files: Int
  /// Articles indexed.
  public var articles: Int
  /// Distinct linked entities.
  public var entities: Int
}

extension Library {
  /// Records a folder or file as a source (an absolute path; added once). Returns `true` when
  /// it was not recorded before.
  @discardableResult
  public func addSource(_ url: URL) throws(LibraryError) -> Bool {
    let path = url.standardizedFileURL.path
    guard FileManager.default.fileExists(atPath: path) else { throw .missingSource(path: path) }
    return try write { db in
      try db.execute(
        sql: "INSERT OR IGNORE INTO sources(path, added) VALUES (?, ?)",
        arguments: [path, Date().timeIntervalSince1970])
      return db.changesCount > 0
    }
  }

  /// The recorded folders and files, in the order they were added (web feeds are listed by
  /// ``feeds()``).
  public func sources() throws(LibraryError) -> [LibrarySource] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT id, path FROM sources WHERE id NOT IN (SELECT source_id FROM feeds) ORDER BY id
          """
      ).map {
        LibrarySource(id: $0[0], url: URL(fileURLWithPath: $0[1]))
      }
    }
  }

  /// The files that could not be read when last indexed (the error is kept with the file until
  /// it is read again), by path, at most `limit`.
  public func unreadableFiles(limit: Int) throws -> [LibraryError] {
    try read { db in
      try Row.fetchAll(
        db, sql: "SELECT path, error FROM files WHERE error IS NOT NULL ORDER BY path LIMIT ?",
        arguments: [max(0, limit)]
      ).map { LibraryError.unreadableFile(path: $0[0], message: $0[1]) }
    }
  }

  /// Whether any source has been added (the reader opens the sample library otherwise).
  public var hasSources: Bool {
    (try? read { try Bool.fetchOne($0, sql: "SELECT EXISTS (SELECT 1 FROM sources)") } ?? false)
      ?? false
  }

  /// Counts of what the library holds.
  public func statistics() throws(LibraryError) -> LibraryStatistics {
    try read { db in
      LibraryStatistics(
        sources: try Int.fetchOne(db, sql: "SELECT count(*) FROM sources") ?? 0,
        files: try Int.fetchOne(db, sql: "SELECT count(*) FROM files") ?? 0,
        articles: try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") ?? 0,
        entities: try Int.fetchOne(
          db, sql: "SELECT count(*) FROM entities WHERE article_count > 0") ?? 0)
    }
  }

  /// SQLite's own consistency check plus the full-text index's check against the articles:
  /// `["ok"]` when the database is sound.
  public func integrityCheck() throws(LibraryError) -> [String] {
    var messages = try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    do {
      try pool.write { db in
        try db.execute(
          sql: "INSERT INTO article_fts(article_fts, rank) VALUES ('integrity-check', 1)")
      }
    } catch {
      messages = messages.filter { $0 != "ok" } + ["full-text index: \(mapped(error))"]
    }
    return messages.isEmpty ? ["ok"] : messages
  }

  /// Drops every derived row (files, articles, paragraphs, entities, the full-text index),
  /// keeping sources and reading state, so that the next index run rebuilds everything (web
  /// feeds forget their validators and are fetched again).
  public func clearDerivedData() throws(LibraryError) {
    try write { db in
      try db.execute(sql: "UPDATE feeds SET etag = NULL, last_modified = NULL, next_check = NULL")
      try db.execute(sql: "INSERT INTO article_fts(article_fts) VALUES ('delete-all')")
      for table in LibrarySchema.derivedTables {
        try db.execute(sql: "DELETE FROM \(table)")
      }
    }
  }
}
