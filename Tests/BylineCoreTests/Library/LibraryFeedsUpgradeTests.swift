import Foundation
import GRDB
import Testing

@testable import BylineCore

/// The upgrade from version 3 to 4 (issue 12): web feeds get their table; sources, articles
/// and reading state stay.
@Suite struct LibraryFeedsUpgradeTests {
  @Test func upgradeFromVersion3KeepsSourcesAndReadingState() throws {
    let scratch = try LibraryScratch()
    try scratch.write("a.txt", "Talks resume\n\nThe council met on Monday.")
    var library: Library? = try scratch.openLibrary()
    try scratch.indexer(try #require(library)).run()
    let key = try #require(
      try library?.summaries(matching: ArticleFilter(), order: .date, offset: 0, limit: 1).first?
        .key)
    try library?.setReadingState(ReadingState(isRead: true, isStarred: true), for: key)
    library = nil
    // Back to version 3: no feeds table (nor version 6's column), the migrations not yet
    // applied.
    let queue = try DatabaseQueue(path: scratch.database.path)
    try queue.write { db in
      try db.execute(
        sql: """
          DROP TABLE feeds;
          ALTER TABLE articles DROP COLUMN full_text;
          DELETE FROM grdb_migrations WHERE identifier IN ('v4', 'v6');
          PRAGMA user_version = 3;
          """)
    }
    try queue.close()
    let upgraded = try Library.open(at: scratch.database)
    #expect(try upgraded.readingState(for: key) == ReadingState(isRead: true, isStarred: true))
    #expect(try upgraded.sources().count == 1)
    #expect(try upgraded.feeds().isEmpty)
    let version = try upgraded.read { try Int.fetchOne($0, sql: "PRAGMA user_version") }
    #expect(version == LibrarySchema.currentVersion)
    #expect(try upgraded.addFeed(url: "https://example.com/feed.xml") != nil)
    #expect(try upgraded.sources().count == 1)
  }
}
