import Foundation
import GRDB

/// The indexer's writer-side state: the write session and the report being built. Only the
/// writer queue touches it while a run is going, and the run reads it after waiting for that
/// queue, hence `@unchecked Sendable`.
final class WriterState: @unchecked Sendable {
  let session = IndexWriteSession()
  var report = IndexReport()

  /// Writes one batch of read files in the current transaction. Every statement is prepared
  /// once per run (GRDB's statement cache), not once per file.
  func write(_ items: [IndexPlan.WorkItem], _ outcomes: [FileOutcome], into db: Database) throws {
    for (item, outcome) in zip(items, outcomes) {
      let file = item.file
      let stat: [any DatabaseValueConvertible] = [file.size, file.modified.timeIntervalSince1970]
      let existingID = try Int64.fetchOne(
        db.cachedStatement(sql: "SELECT id FROM files WHERE path = ?"),
        arguments: [file.path])
      switch outcome {
      case .sameContent:
        guard let existingID else { continue }
        try db.cachedStatement(sql: "UPDATE files SET size = ?, mtime = ? WHERE id = ?")
          .execute(arguments: StatementArguments(stat + [existingID]))
        report.filesTouched += 1
      case .parsed(let hash, let articles):
        let fileID = try record(item, id: existingID, hash: hash, error: nil, db: db)
        var held = 0
        for article in articles {
          switch try session.insert(article, fileID: fileID, into: db) {
          case .added:
            held += 1
            report.articlesAdded += 1
          case .alreadyStored:
            held += 1
            report.duplicateArticles += 1
          case .updated(let newHolder):
            // Still an article another file gave first, as far as the summary goes.
            if newHolder {
              held += 1
              report.duplicateArticles += 1
            }
            report.articlesUpdated += 1
          case .repeated:
            break
          }
        }
        try db.cachedStatement(sql: "UPDATE files SET article_count = ? WHERE id = ?")
          .execute(arguments: [held, fileID])
      case .failed(let hash, let message):
        _ = try record(item, id: existingID, hash: hash, error: message, db: db)
        report.failures.append(.unreadableFile(path: file.path, message: message))
      }
    }
    try session.flush(db)
  }

  /// Creates or resets the file's row (removing its old articles) and returns its ID.
  private func record(
    _ item: IndexPlan.WorkItem, id: Int64?, hash: String, error: String?, db: Database
  ) throws -> Int64 {
    let file = item.file
    let mtime = file.modified.timeIntervalSince1970
    if let id {
      report.articlesRemoved += try session.deleteArticles(ofFile: id, from: db)
      try db.cachedStatement(
        sql: """
          UPDATE files SET size = ?, mtime = ?, hash = ?, source_id = ?, article_count = 0,
            error = ? WHERE id = ?
          """
      ).execute(arguments: [file.size, mtime, hash, item.sourceID, error, id])
      report.filesChanged += 1
      return id
    }
    try db.cachedStatement(
      sql: """
        INSERT INTO files(path, source_id, size, mtime, hash, article_count, error)
        VALUES (?, ?, ?, ?, ?, 0, ?)
        """
    ).execute(arguments: [file.path, item.sourceID, file.size, mtime, hash, error])
    report.filesAdded += 1
    return db.lastInsertedRowID
  }
}
