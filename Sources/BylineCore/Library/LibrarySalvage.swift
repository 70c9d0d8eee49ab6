import Foundation
import GRDB

/// The user's own data read back from a damaged library: reading state and sources.
struct LibrarySalvage {
  /// Reading state rows: key, read, starred, last paragraph, updated.
  var readingStates: [(key: String, state: ReadingState, updated: Double)] = []
  /// Source paths with the time they were added.
  var sources: [(path: String, added: Double)] = []

  /// Whether nothing was recovered.
  var isEmpty: Bool { readingStates.isEmpty && sources.isEmpty }

  /// Reads what it can from the (damaged) database at `url`; whatever fails is skipped.
  static func read(from url: URL) -> LibrarySalvage {
    var salvage = LibrarySalvage()
    var configuration = Configuration()
    configuration.readonly = true
    // Lets SQLite read a file shorter than its header says (a truncated library); the
    // connection is read-only, so the schema cannot actually be changed.
    configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA writable_schema = ON") }
    guard let queue = try? DatabaseQueue(path: url.path, configuration: configuration) else {
      return salvage
    }
    defer { try? queue.close() }
    _ = try? queue.read { db in
      let rows = try Row.fetchAll(
        db, sql: "SELECT key, is_read, is_starred, last_paragraph, updated FROM reading_state")
      salvage.readingStates = rows.map { row in
        (
          key: row[0] as String,
          state: ReadingState(isRead: row[1], isStarred: row[2], lastParagraph: row[3]),
          updated: row[4] as Double
        )
      }
    }
    _ = try? queue.read { db in
      let rows = try Row.fetchAll(db, sql: "SELECT path, added FROM sources")
      salvage.sources = rows.map { (path: $0[0] as String, added: $0[1] as Double) }
    }
    return salvage
  }

  /// Writes the salvaged rows into a fresh library.
  func restore(into db: Database) throws {
    for row in readingStates {
      try db.execute(
        sql: """
          INSERT OR REPLACE INTO reading_state(key, is_read, is_starred, last_paragraph, updated)
          VALUES (?, ?, ?, ?, ?)
          """,
        arguments: [
          row.key, row.state.isRead, row.state.isStarred, row.state.lastParagraph, row.updated,
        ])
    }
    for source in sources {
      try db.execute(
        sql: "INSERT OR IGNORE INTO sources(path, added) VALUES (?, ?)",
        arguments: [source.path, source.added])
    }
  }
}
