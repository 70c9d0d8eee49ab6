import Foundation
import GRDB
import Testing

@testable import BylineCore

/// The upgrade from version 5 to 6 (issue 12 item 7): feeds and articles get their full-text
/// marks, off; sources, feeds, articles and reading state stay.
@Suite struct LibraryFullTextUpgradeTests {
  @Test func upgradeFromVersion5KeepsFeedsArticlesAndReadingState() throws {
    let scratch = try LibraryScratch()
    try scratch.write("a.txt", "Talks resume\n\nThe council met on Monday.")
    var library: Library? = try scratch.openLibrary()
    try scratch.indexer(try #require(library)).run()
    let key = try #require(
      try library?.summaries(matching: ArticleFilter(), order: .date, offset: 0, limit: 1).first?
        .key)
    try library?.setReadingState(ReadingState(isRead: true, isStarred: true), for: key)
    _ = try library?.addFeed(url: "https://example.com/feed.xml", title: "Example")
    library = nil
    // Back to version 5: no full-text columns, the migration not yet applied.
    let queue = try DatabaseQueue(path: scratch.database.path)
    try queue.write { db in
      try db.execute(
        sql: """
          ALTER TABLE feeds DROP COLUMN full_text;
          ALTER TABLE articles DROP COLUMN full_text;
          DELETE FROM grdb_migrations WHERE identifier = 'v6';
          PRAGMA user_version = 5;
          """)
    }
    try queue.close()
    let upgraded = try Library.open(at: scratch.database)
    let version = try upgraded.read { try Int.fetchOne($0, sql: "PRAGMA user_version") }
    #expect(version == 6)
    #expect(try upgraded.readingState(for: key) == ReadingState(isRead: true, isStarred: true))
    #expect(try upgraded.article(for: key)?.title == "Talks resume")
    let feeds = try upgraded.feeds()
    #expect(feeds.map(\.title) == ["Example"])
    #expect(feeds.first?.fullText == false)
    #expect(try upgraded.setFullText(true, forFeed: "https://example.com/feed.xml"))
    #expect(try upgraded.feeds().first?.fullText == true)
    #expect(try upgraded.sourceSummaries().count == 2)
  }
}
