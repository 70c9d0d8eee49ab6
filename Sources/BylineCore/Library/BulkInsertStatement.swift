import GRDB
import GRDBSQLite

/// A cached GRDB statement driven through SQLite's C API, for the indexer's millions of small
/// writes (mentions, paragraphs, entity counts and spellings): binding plain values directly skips building a
/// `StatementArguments` array of boxed values for every row, which cost more than SQLite's own
/// work.
///
/// Only for statements that return no rows (`INSERT`, `UPDATE`), run on the writer inside its
/// transaction; the statement is
/// reset and its bindings cleared after every row, so GRDB finds it as it left it.
struct BulkInsertStatement {
  private let statement: Statement
  private let connection: SQLiteConnection?

  /// The cached statement for `sql` on `db`.
  init(_ db: Database, sql: String) throws {
    statement = try db.cachedStatement(sql: sql)
    connection = db.sqliteConnection
  }

  private var handle: SQLiteStatement { statement.sqliteStatement }

  /// Binds an integer to parameter `index` (1-based).
  func bind(_ index: Int32, _ value: Int64) {
    sqlite3_bind_int64(handle, index, value)
  }

  /// Binds a real number, or NULL, to parameter `index`.
  func bind(_ index: Int32, _ value: Double?) {
    if let value {
      sqlite3_bind_double(handle, index, value)
    } else {
      sqlite3_bind_null(handle, index)
    }
  }

  /// Binds text (copied by SQLite), or NULL, to parameter `index`.
  func bind(_ index: Int32, _ value: String?) {
    guard var value else {
      sqlite3_bind_null(handle, index)
      return
    }
    value.withUTF8 { bytes in
      if let base = bytes.baseAddress {
        _ = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
          sqlite3_bind_text(handle, index, $0, Int32(bytes.count), Self.transient)
        }
      } else {
        sqlite3_bind_text(handle, index, "", 0, Self.transient)
      }
    }
  }

  /// Runs the statement with the values bound, then resets it.
  func run() throws {
    let code = sqlite3_step(handle)
    defer {
      sqlite3_reset(handle)
      sqlite3_clear_bindings(handle)
    }
    guard code == SQLITE_DONE else {
      let message = connection.map { String(cString: sqlite3_errmsg($0)) }
      throw DatabaseError(
        resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
    }
  }

  /// SQLite's `SQLITE_TRANSIENT`: the value is copied before the bind call returns.
  private static let transient = unsafeBitCast(
    OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
}
