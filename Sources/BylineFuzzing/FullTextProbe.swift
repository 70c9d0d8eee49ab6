import GRDB

/// An in-memory FTS5 table with the library's tokenizer, for asking SQLite whether a query
/// expression is valid.
final class FullTextProbe: Sendable {
  /// The probe every check shares (opening SQLite per input would dominate the run).
  static let shared = FullTextProbe()

  private let queue: DatabaseQueue?
  private let openProblem: String?

  private init() {
    do {
      let queue = try DatabaseQueue()
      try queue.write { db in
        try db.execute(
          sql: """
            CREATE VIRTUAL TABLE probe USING fts5(
              title, body, tokenize = "unicode61 remove_diacritics 2");
            INSERT INTO probe(title, body) VALUES ('Fed holds rates', 'Jerome Powell spoke.');
            """)
      }
      self.queue = queue
      self.openProblem = nil
    } catch {
      self.queue = nil
      self.openProblem = "cannot open the probe database: \(error)"
    }
  }

  /// Why SQLite refuses `expression` as an FTS5 query, or `nil` when it runs.
  func problem(matching expression: String) -> String? {
    guard let queue else { return openProblem }
    do {
      _ = try queue.read { db in
        try Int.fetchOne(
          db, sql: "SELECT count(*) FROM probe WHERE probe MATCH ?", arguments: [expression])
      }
      return nil
    } catch {
      return "\(error)"
    }
  }
}
