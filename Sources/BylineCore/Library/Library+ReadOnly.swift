import Foundation
import GRDB

extension Library {
  /// Opens an existing library that cannot be written, read-only; `reason` says why it cannot
  /// be written. A missing, damaged or outdated library cannot be read this way (it would need
  /// creating, moving aside or upgrading): those throw
  /// ``LibraryError/notWritable(path:reason:)``.
  ///
  /// SQLite reads a WAL-mode database through a shared-memory file next to it. In a folder
  /// where that file cannot be created (a read-only folder or file system), the database is
  /// opened `immutable` instead: read as it is, without locks — which is what a read-only file
  /// system guarantees anyway.
  static func openReadOnly(
    at url: URL, reason: String, exactRankingLimit: Int
  ) throws(LibraryError) -> Library {
    let path = url.path
    switch DatabaseProbe.look(at: url) {
    case .absent:
      throw .notWritable(path: path, reason: "\(reason), so the library cannot be created")
    case .damaged(let damage):
      throw .notWritable(
        path: path, reason: "\(reason), and the file is damaged (\(damage)); it was left alone")
    case .database, .failed:
      // The probe's plain read-only open fails where SQLite cannot make its shared-memory
      // file; the connections below know how to read such a file.
      break
    }
    var configuration = Library.configuration()
    configuration.readonly = true
    let connections: any DatabaseWriter
    do {
      connections = try readOnlyConnections(path: path, configuration: configuration)
      let (version, superseded, current) = try connections.read { db in
        (
          try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0,
          try LibrarySchema.migrator.hasBeenSuperseded(db),
          try LibrarySchema.migrator.hasCompletedMigrations(db)
        )
      }
      if version > LibrarySchema.currentVersion || superseded {
        throw LibraryError.newerSchema(
          path: path, found: max(version, LibrarySchema.currentVersion + 1),
          supported: LibrarySchema.currentVersion)
      }
      guard current else {
        throw LibraryError.notWritable(
          path: path,
          reason: "\(reason), and it was written by an older Byline: it must be upgraded, "
            + "which needs writing")
      }
    } catch let error as LibraryError {
      throw error
    } catch let error as DatabaseError {
      throw .database(path: path, message: error.message ?? "\(error)")
    } catch {
      throw .database(path: path, message: "\(error)")
    }
    return Library(
      url: url, pool: connections, recovery: nil, readOnlyReason: reason,
      exactRankingLimit: exactRankingLimit)
  }

  /// Opens the library at `url` for a command that only reads it (`byline search`): one
  /// read-only connection, without the open lock, the schema check of a migration or the write
  /// GRDB makes when it opens a pool (which, with the checkpoint when the pool closes, cost
  /// two disk syncs per search). A library that is missing, damaged, outdated, newer or
  /// read-only is opened by ``open(at:exactRankingLimit:)`` instead, which creates, repairs,
  /// upgrades or refuses it as usual.
  public static func open(
    forReadingAt url: URL, exactRankingLimit: Int = 20_000
  ) throws(LibraryError) -> Library {
    let url = url.standardizedFileURL
    let folder = url.deletingLastPathComponent().path
    let manager = FileManager.default
    guard manager.isWritableFile(atPath: folder), manager.isWritableFile(atPath: url.path),
      DatabaseProbe.look(at: url) == .database(version: LibrarySchema.currentVersion)
    else { return try open(at: url, exactRankingLimit: exactRankingLimit) }
    var configuration = Library.configuration()
    configuration.readonly = true
    do {
      let queue = try DatabaseQueue(path: url.path, configuration: configuration)
      let current = try queue.read { db -> Bool in
        let completed = try LibrarySchema.migrator.hasCompletedMigrations(db)
        let superseded = try LibrarySchema.migrator.hasBeenSuperseded(db)
        return completed && !superseded
      }
      if current {
        return Library(
          url: url, pool: queue, recovery: nil, exactRankingLimit: exactRankingLimit)
      }
      try queue.close()
    } catch {
      // Whatever went wrong, the full open says it properly (or repairs the file).
    }
    return try open(at: url, exactRankingLimit: exactRankingLimit)
  }

  /// A read-only pool when SQLite can share memory next to the file, else one immutable
  /// read-only connection (an SQLite URI, which GRDB passes on as the file name).
  private static func readOnlyConnections(
    path: String, configuration: Configuration
  ) throws -> any DatabaseWriter {
    do {
      let pool = try DatabasePool(path: path, configuration: configuration)
      _ = try pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM sqlite_master") }
      return pool
    } catch let error as DatabaseError where error.resultCode == .SQLITE_CANTOPEN {
      let encoded = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
      return try DatabaseQueue(path: "file:\(encoded)?immutable=1", configuration: configuration)
    }
  }
}
