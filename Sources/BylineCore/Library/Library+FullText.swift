import Foundation
import GRDB

extension Library {
  /// Turns full text on or off for the web source at `url` (its address, with or without
  /// credentials). Returns `false` when the library has no such source.
  public func setFullText(_ isOn: Bool, forFeed url: String) throws(LibraryError) -> Bool {
    var found = try feed(url: url)
    if found == nil { found = try feeds().first { $0.displayURL == url } }
    guard let feed = found else { return false }
    try write { db in
      try db.execute(
        sql: "UPDATE feeds SET full_text = ? WHERE source_id = ?", arguments: [isOn, feed.id])
    }
    return true
  }

  /// The keys of `keys` that the library already holds.
  func storedKeys(_ keys: [ArticleKey]) throws(LibraryError) -> Set<ArticleKey> {
    try read { db in try Self.keys(keys, db: db, condition: "") }
  }

  /// The keys of `keys` whose stored text is a page's full text.
  static func fullTextKeys(_ keys: [ArticleKey], db: Database) throws -> Set<ArticleKey> {
    try Self.keys(keys, db: db, condition: " AND full_text = 1")
  }

  private static func keys(_ keys: [ArticleKey], db: Database, condition: String) throws
    -> Set<ArticleKey>
  {
    var found = Set<ArticleKey>()
    let statement = try db.cachedStatement(
      sql: "SELECT 1 FROM articles WHERE key = ?" + condition)
    for key in keys where try Bool.fetchOne(statement, arguments: [key.rawValue]) != nil {
      found.insert(key)
    }
    return found
  }
}
