import Foundation
import GRDB

/// A cheap look at an existing library file before it is opened for writing: is it an SQLite
/// database of plausible size, and which schema version does it carry?
enum DatabaseProbe {
  /// The result of looking at a file.
  enum Outcome: Equatable {
    /// No file, or an empty one: a new library will be created.
    case absent
    /// A readable database with this `user_version`.
    case database(version: Int)
    /// Not a usable database, and why.
    case damaged(reason: String)
    /// The file could not be examined (permissions, locking), and why; it is left alone.
    case failed(message: String)
  }

  /// Looks at the file at `url` without writing to it.
  static func look(at url: URL) -> Outcome {
    guard let handle = FileHandle(forReadingAtPath: url.path) else {
      return FileManager.default.fileExists(atPath: url.path)
        ? .damaged(reason: "the file cannot be read") : .absent
    }
    defer { try? handle.close() }
    let header = (try? handle.read(upToCount: 100)) ?? Data()
    if header.isEmpty { return .absent }
    let magic = Array("SQLite format 3".utf8) + [0]
    guard header.count == 100, Array(header.prefix(16)) == magic else {
      return .damaged(reason: "it is not an SQLite database")
    }
    let bytes = Array(header)
    let rawPageSize = Int(bytes[16]) << 8 | Int(bytes[17])
    let pageSize = rawPageSize == 1 ? 65_536 : rawPageSize
    let pageCount =
      Int(bytes[28]) << 24 | Int(bytes[29]) << 16 | Int(bytes[30]) << 8 | Int(bytes[31])
    let fileSize = (try? handle.seekToEnd()).map(Int.init) ?? 0
    guard pageSize >= 512, pageSize & (pageSize - 1) == 0 else {
      return .damaged(reason: "its header is invalid")
    }
    // With a write-ahead log left behind (a crash, or a checkpoint cut short by a full disk)
    // the main file may be shorter than its header says: SQLite completes it from the log.
    if !hasWriteAheadLog(url), fileSize < pageSize * pageCount || fileSize % pageSize != 0 {
      return .damaged(reason: "it is truncated")
    }
    do {
      var configuration = Configuration()
      configuration.readonly = true
      // Another process may be writing: wait for it as a library connection does, rather than
      // calling a busy file unexaminable.
      configuration.busyMode = .timeout(15)
      let queue = try DatabaseQueue(path: url.path, configuration: configuration)
      defer { try? queue.close() }
      return try queue.read { db in
        _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master")
        let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        return .database(version: version)
      }
    } catch let error as DatabaseError
      where error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB
    {
      return .damaged(reason: error.message ?? "the database is malformed")
    } catch let error as DatabaseError {
      return .failed(message: error.message ?? "\(error)")
    } catch {
      return .failed(message: "\(error)")
    }
  }

  /// Whether a non-empty `-wal` file lies next to the database.
  private static func hasWriteAheadLog(_ url: URL) -> Bool {
    let attributes = try? FileManager.default.attributesOfItem(atPath: url.path + "-wal")
    return ((attributes?[.size] as? NSNumber)?.intValue ?? 0) > 0
  }
}
