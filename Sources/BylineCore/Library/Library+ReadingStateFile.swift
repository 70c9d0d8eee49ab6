import Foundation
import GRDB

extension Library {
  /// Opens the library at `libraryURL` for reading only, with its reading state (read, stars,
  /// positions) kept in a file of its own at `stateURL`, made when missing. This is how each
  /// reader of `byline serve` reads one shared library: the articles are never written, and two
  /// state files never see each other's marks.
  ///
  /// The state file is the main database of every connection and the library is attached to it
  /// read-only as `shared`: SQLite looks a table name up in the main database first, so
  /// `reading_state` is the reader's own, while `articles` and the rest are the library's.
  /// Writes to the articles fail. The library must exist and have the current schema (the
  /// server that shares it keeps it so); otherwise this throws a ``LibraryError`` naming it.
  public static func open(
    sharedAt libraryURL: URL, readingStateAt stateURL: URL, exactRankingLimit: Int = 20_000
  ) throws(LibraryError) -> Library {
    let libraryPath = libraryURL.standardizedFileURL.path
    let stateURL = stateURL.standardizedFileURL
    switch DatabaseProbe.look(at: libraryURL) {
    case .absent:
      throw .database(path: libraryPath, message: "no library here to share")
    case .damaged(let reason):
      throw .database(path: libraryPath, message: "the library is damaged: \(reason)")
    case .failed(let message):
      throw .database(path: libraryPath, message: message)
    case .database(let version) where version != LibrarySchema.currentVersion:
      throw .newerSchema(
        path: libraryPath, found: version, supported: LibrarySchema.currentVersion)
    case .database:
      break
    }
    do {
      try FileManager.default.createDirectory(
        at: stateURL.deletingLastPathComponent(), withIntermediateDirectories: true)
    } catch {
      throw .notWritable(path: stateURL.path, reason: "cannot create its folder: \(error)")
    }
    let encoded =
      libraryPath.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? libraryPath
    var configuration = Library.configuration()
    configuration.prepareDatabase { db in
      try db.execute(sql: "ATTACH DATABASE ? AS shared", arguments: ["file:\(encoded)?mode=ro"])
    }
    do {
      let pool = try DatabasePool(path: stateURL.path, configuration: configuration)
      try pool.write { db in try db.execute(sql: readingStateSchema) }
      return Library(url: stateURL, pool: pool, recovery: nil, exactRankingLimit: exactRankingLimit)
    } catch let error as DatabaseError {
      throw .database(path: stateURL.path, message: error.message ?? "\(error)")
    } catch {
      throw .database(path: stateURL.path, message: "\(error)")
    }
  }

  /// The reading-state table of a state file: the library's own `reading_state`, in `main`.
  private static let readingStateSchema = """
    CREATE TABLE IF NOT EXISTS main.reading_state (
      key TEXT PRIMARY KEY,
      is_read INTEGER NOT NULL DEFAULT 0,
      is_starred INTEGER NOT NULL DEFAULT 0,
      last_paragraph INTEGER NOT NULL DEFAULT 0,
      updated REAL NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS main.reading_state_starred ON reading_state(key) WHERE is_starred;
    CREATE INDEX IF NOT EXISTS main.reading_state_read ON reading_state(key) WHERE is_read;
    """
}
