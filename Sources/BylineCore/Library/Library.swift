import Foundation
import GRDB

/// The persistent library: one SQLite file (WAL mode) holding the sources the user added, the
/// indexed articles with their paragraphs, entities and mentions, a full-text index, and the
/// reading state — which is kept apart from everything derived, so re-indexing never loses it.
///
/// Open it with ``open(at:)``; fill it with ``Indexer``. Several processes may use one library at
/// once (one indexing, others reading).
public final class Library: ArticleStore {
  /// The database file.
  public let url: URL
  /// Set when the file at ``url`` was damaged and a new library was made in its place.
  public let recovery: LibraryRecovery?
  /// Above this many matches a query is not ranked exactly: title matches come first, ranked,
  /// then the others newest first (see ``search(query:offset:limit:)``).
  public let exactRankingLimit: Int
  /// Why the library was opened read-only (a read-only file, folder or file system), or `nil`
  /// when it is writable. A read-only library answers every query; writes throw
  /// ``LibraryError/notWritable(path:reason:)`` with this reason.
  public let readOnlyReason: String?
  /// The connections: a pool (one writer, several readers), or for a read-only library in a
  /// folder that cannot hold SQLite's shared-memory file, one read-only connection.
  let pool: any DatabaseWriter

  /// Whether the library was opened read-only (see ``readOnlyReason``).
  public var isReadOnly: Bool { readOnlyReason != nil }

  init(
    url: URL, pool: any DatabaseWriter, recovery: LibraryRecovery?, readOnlyReason: String? = nil,
    exactRankingLimit: Int
  ) {
    self.url = url
    self.pool = pool
    self.recovery = recovery
    self.readOnlyReason = readOnlyReason
    self.exactRankingLimit = exactRankingLimit
  }

  /// Opens the library at `url`, creating it (and its folder) when missing and upgrading an
  /// older schema. `exactRankingLimit` (default 20,000) is where full-text ranking switches
  /// from exact BM25 to title matches first, then newest first.
  ///
  /// A file written by a newer Byline is refused and left untouched. A damaged file is moved
  /// aside to `<name>.corrupt-<timestamp>` and a new library is made, keeping whatever reading
  /// state and sources could still be read from the old one (see ``recovery``). An existing
  /// library that cannot be written (its file, folder or file system is read-only) is opened
  /// read-only (see ``readOnlyReason``).
  public static func open(at url: URL, exactRankingLimit: Int = 20_000) throws(LibraryError)
    -> Library
  {
    let url = url.standardizedFileURL
    let path = url.path
    if let reason = try unwritableReason(for: url) {
      return try openReadOnly(at: url, reason: reason, exactRankingLimit: exactRankingLimit)
    }
    // One process at a time looks at, creates, repairs and migrates the file.
    let openLock = LibraryOpenLock.acquire(folder: url.deletingLastPathComponent())
    defer { withExtendedLifetime(openLock) {} }
    var recovery: LibraryRecovery?
    var salvage = LibrarySalvage()
    switch DatabaseProbe.look(at: url) {
    case .absent:
      break
    case .database(let version):
      if version > LibrarySchema.currentVersion {
        throw .newerSchema(path: path, found: version, supported: LibrarySchema.currentVersion)
      }
    case .failed(let message):
      throw .database(path: path, message: message)
    case .damaged(let reason):
      let moved = try moveAside(url)
      salvage = LibrarySalvage.read(from: moved)
      recovery = LibraryRecovery(
        path: path, movedTo: moved.path, reason: reason,
        keptReadingStates: salvage.readingStates.count, keptSources: salvage.sources.count)
    }
    do {
      let pool = try DatabasePool(path: path, configuration: configuration())
      let migrator = LibrarySchema.migrator
      if try pool.read({ try migrator.hasBeenSuperseded($0) }) {
        let version = try pool.read { try Int.fetchOne($0, sql: "PRAGMA user_version") } ?? 0
        throw LibraryError.newerSchema(
          path: path, found: max(version, LibrarySchema.currentVersion + 1),
          supported: LibrarySchema.currentVersion)
      }
      try migrator.migrate(pool)
      if !salvage.isEmpty { try pool.write { try salvage.restore(into: $0) } }
      return Library(
        url: url, pool: pool, recovery: recovery, exactRankingLimit: exactRankingLimit)
    } catch let error as LibraryError {
      throw error
    } catch let error as DatabaseError {
      throw .database(path: path, message: error.message ?? "\(error)")
    } catch {
      throw .database(path: path, message: "\(error)")
    }
  }

  /// The connection settings: WAL (set by the pool), a busy timeout so that a second process
  /// waits for the writer instead of failing, and `synchronous = NORMAL`, which in WAL mode
  /// keeps the database consistent after a crash or a kill.
  ///
  /// Page caches are sized on purpose: 16 MB for the one writer, which indexes touch all over
  /// the B-trees, and 2 MB for each of the (up to four) readers, whose queries read a page of
  /// the list, one article or the first hits of a search; four 16 MB reader caches filled by
  /// the background check made most of the reader's memory at 100,000 articles.
  static func configuration() -> Configuration {
    var configuration = Configuration()
    configuration.busyMode = .timeout(15)
    configuration.maximumReaderCount = 4
    configuration.prepareDatabase { db in
      db.add(function: segmentedFunction)
      try db.execute(sql: "PRAGMA synchronous = NORMAL")
      let cacheKiB = db.configuration.readonly ? 2000 : 16000
      try db.execute(sql: "PRAGMA cache_size = -\(cacheKiB)")
    }
    return configuration
  }

  /// Turns syncing of the writer connection on (`synchronous = NORMAL`, the default) or off
  /// (`OFF`: for a first bulk index into a new library only; see ``Indexer/run(rebuild:progress:)``).
  func setSynchronous(_ on: Bool) throws(LibraryError) {
    if let readOnlyReason { throw .notWritable(path: url.path, reason: readOnlyReason) }
    do {
      try pool.writeWithoutTransaction { db in
        try db.execute(sql: on ? "PRAGMA synchronous = NORMAL" : "PRAGMA synchronous = OFF")
      }
    } catch {
      throw mapped(error)
    }
  }

  /// `byline_segmented(text)`: the text as the full-text index sees it.
  private static let segmentedFunction = DatabaseFunction(
    "byline_segmented", argumentCount: 1, pure: true
  ) { values in
    guard let text = String.fromDatabaseValue(values[0]) else { return nil }
    return FullTextSegmenter.segmented(text)
  }

  /// Makes the library's folder when missing; returns why the library cannot be written (the
  /// folder or the file is read-only), or `nil` when it can. `access(2)`, which this relies
  /// on, also refuses root on a read-only file system and on an immutable file.
  private static func unwritableReason(for url: URL) throws(LibraryError) -> String? {
    let folder = url.deletingLastPathComponent()
    let manager = FileManager.default
    do {
      try manager.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw .notWritable(path: url.path, reason: "cannot create the folder \(folder.path)")
    }
    guard manager.isWritableFile(atPath: folder.path) else {
      return "the folder \(folder.path) is not writable"
    }
    if manager.fileExists(atPath: url.path), !manager.isWritableFile(atPath: url.path) {
      return "the file is read-only"
    }
    return nil
  }

  /// Moves a damaged database (and its `-wal`/`-shm` companions) out of the way.
  private static func moveAside(_ url: URL) throws(LibraryError) -> URL {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
    var target = URL(fileURLWithPath: url.path + ".corrupt-" + formatter.string(from: Date()))
    var attempt = 1
    while FileManager.default.fileExists(atPath: target.path) {
      attempt += 1
      target = URL(
        fileURLWithPath: url.path + ".corrupt-" + formatter.string(from: Date()) + "-\(attempt)")
    }
    do {
      try FileManager.default.moveItem(at: url, to: target)
      for suffix in ["-wal", "-shm"] {
        let companion = URL(fileURLWithPath: url.path + suffix)
        if FileManager.default.fileExists(atPath: companion.path) {
          try FileManager.default.moveItem(
            at: companion, to: URL(fileURLWithPath: target.path + suffix))
        }
      }
    } catch {
      throw .notWritable(
        path: url.path, reason: "the file is damaged and could not be moved aside: \(error)")
    }
    return target
  }

  /// Runs a read, turning database errors into ``LibraryError``.
  func read<T>(_ body: (Database) throws -> T) throws(LibraryError) -> T {
    do {
      return try pool.read(body)
    } catch {
      throw mapped(error)
    }
  }

  /// Runs a write transaction, turning database errors into ``LibraryError``. Refuses at once
  /// when the library is read-only, or when its file is gone: SQLite would go on writing to
  /// the deleted file, and the changes would be lost without a word.
  ///
  /// When another process keeps the write lock past the busy timeout before the transaction
  /// has begun (a busy indexer at normal priority starves one at `nice 19`, which keeps missing
  /// the moments the lock is free), the write is tried again, up to ``busyRetries`` times: the
  /// body has not run, so nothing is done twice.
  func write<T>(_ body: (Database) throws -> T) throws(LibraryError) -> T {
    if let readOnlyReason { throw .notWritable(path: url.path, reason: readOnlyReason) }
    if let vanished { throw vanished }
    var retries = 0
    while true {
      var began = false
      do {
        return try pool.write { db in
          began = true
          return try body(db)
        }
      } catch let error as DatabaseError
        where error.resultCode == .SQLITE_BUSY && !began && retries < Self.busyRetries
      {
        retries += 1
      } catch {
        throw mapped(error)
      }
    }
  }

  /// How many more times a write that found the library busy is tried (each waits for the
  /// busy timeout of ``configuration()``).
  static let busyRetries = 3

  /// The error for a library whose file was removed or moved while it was open, or `nil`
  /// while the file is still there.
  var vanished: LibraryError? {
    guard !FileManager.default.fileExists(atPath: url.path) else { return nil }
    return .database(
      path: url.path,
      message: "the file was removed or moved while Byline was running; changes are not saved")
  }

  /// A ``LibraryError`` for any error thrown by a database call.
  func mapped(_ error: any Error) -> LibraryError {
    if let error = error as? LibraryError { return error }
    if let vanished { return vanished }
    if let error = error as? DatabaseError, error.resultCode == .SQLITE_FULL {
      return .database(
        path: url.path,
        message: "the disk is full (\(error.message ?? "database or disk is full")); the "
          + "library is unchanged by the failed step; free some space and index again")
    }
    if let error = error as? DatabaseError {
      return .database(path: url.path, message: error.message ?? "\(error)")
    }
    return .database(path: url.path, message: "\(error)")
  }
}
