import Foundation
import GRDB

/// What removing a source did.
public struct SourceRemoval: Hashable, Sendable {
  /// The source as it was named in the library.
  public var location: String
  /// Articles removed (those only it held).
  public var articlesRemoved: Int
  /// Starred articles only it held, kept.
  public var starredKept: Int
}

extension Library {
  /// Every source, folders, files and web sources, in the order they were added, with their
  /// article and unread counts, last update and last outcome.
  public func sourceSummaries() throws(LibraryError) -> [SourceSummary] {
    let rows = try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT s.path, f.kind, f.title, f.url, f.checked, f.outcome, f.note, f.folder, f.full_text,
            (SELECT count(DISTINCT fa.article_id) FROM files fi
               JOIN file_articles fa ON fa.file_id = fi.id WHERE fi.source_id = s.id) AS articles,
            (SELECT count(DISTINCT fa.article_id) FROM files fi
               JOIN file_articles fa ON fa.file_id = fi.id
               JOIN articles a ON a.id = fa.article_id
               LEFT JOIN reading_state r ON r.key = a.key
               WHERE fi.source_id = s.id AND coalesce(r.is_read, 0) = 0) AS unread,
            (SELECT max(fi.mtime) FROM files fi WHERE fi.source_id = s.id) AS changed
          FROM sources s LEFT JOIN feeds f ON f.source_id = s.id ORDER BY s.id
          """)
    }
    return rows.map { row in
      let path: String = row["path"]
      let url: String? = row["url"]
      let kind: String
      if let feedKind: String = row["kind"] {
        kind = feedKind
      } else {
        var isFolder: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        kind = isFolder.boolValue ? "folder" : "file"
      }
      let checked = (row["checked"] as Double?) ?? (url == nil ? row["changed"] as Double? : nil)
      var summary = SourceSummary(
        kind: kind, title: row["title"], location: url.map(WebAddress.redacted) ?? path,
        articles: row["articles"], unread: row["unread"],
        lastUpdate: checked.map(Date.init(timeIntervalSince1970:)), outcome: row["outcome"],
        note: row["note"], folder: row["folder"])
      summary.fullText = row["full_text"]
      return summary
    }
  }

  /// The sources, for the reader's sources view: ``sourceSummaries()``.
  public func sourceList() throws -> [SourceSummary] { try sourceSummaries() }

  /// Removes the source named `location` (its path, or its address with or without
  /// credentials) and the articles only it holds; starred articles are kept. `nil` when no
  /// source has that name.
  public func removeSource(_ location: String) throws(LibraryError) -> SourceRemoval? {
    try write { db -> SourceRemoval? in
      var match: (id: Int64, path: String)?
      for row in try Row.fetchAll(
        db, sql: "SELECT s.id, s.path, f.url FROM sources s LEFT JOIN feeds f ON f.source_id = s.id"
      ) {
        let path: String = row[1]
        let url: String? = row[2]
        let names = [path, url, url.map(WebAddress.redacted), WebAddress.redacted(path)]
        if names.contains(location) {
          match = (row[0], path)
          break
        }
      }
      guard let match else { return nil }
      var removal = SourceRemoval(
        location: WebAddress.redacted(match.path), articlesRemoved: 0, starredKept: 0)
      let session = IndexWriteSession()
      let files = try Int64.fetchAll(
        db, sql: "SELECT id FROM files WHERE source_id = ?", arguments: [match.id])
      for file in files {
        // Starred articles only this file holds are kept, held by the file's row, which stays
        // with no source.
        let starred = try Int64.fetchAll(
          db,
          sql: """
            SELECT fa.article_id FROM file_articles fa
            JOIN articles a ON a.id = fa.article_id
            JOIN reading_state r ON r.key = a.key AND r.is_starred
            WHERE fa.file_id = ?
              AND NOT EXISTS (SELECT 1 FROM file_articles o
                              WHERE o.article_id = fa.article_id AND o.file_id <> fa.file_id)
            """, arguments: [file])
        for article in starred {
          try db.execute(
            sql: "DELETE FROM file_articles WHERE file_id = ? AND article_id = ?",
            arguments: [file, article])
        }
        removal.articlesRemoved += try session.deleteArticles(ofFile: file, from: db)
        if starred.isEmpty {
          try db.execute(sql: "DELETE FROM files WHERE id = ?", arguments: [file])
        } else {
          for article in starred {
            try db.execute(
              sql: "INSERT INTO file_articles(file_id, article_id) VALUES (?, ?)",
              arguments: [file, article])
          }
          try db.execute(
            sql: "UPDATE files SET source_id = 0, article_count = ? WHERE id = ?",
            arguments: [starred.count, file])
          removal.starredKept += starred.count
        }
      }
      try session.flush(db)
      try session.removeUnusedEntities(db)
      try db.execute(sql: "DELETE FROM feeds WHERE source_id = ?", arguments: [match.id])
      try db.execute(sql: "DELETE FROM sources WHERE id = ?", arguments: [match.id])
      return removal
    }
  }
}
