import Foundation
import GRDB
import Testing

@testable import BylineCore

/// The upgrade from version 2 to 3 (issue 17): text-derived keys become whole-text keys, the
/// reading state follows them, and the texts version 2 merged away are read again.
@Suite struct LibraryIdentityUpgradeTests {
  private func path(_ scratch: LibraryScratch, _ name: String) -> String {
    scratch.sources.appendingPathComponent(name).path
  }

  private var fixedDate: Date { Date(timeIntervalSince1970: 1_600_000_000) }

  /// Issue 17: a version 2 library (made here from a current one by undoing what version 3
  /// adds: the version 2 key, no `content_hash`, and a file whose different text was taken for
  /// a duplicate) keeps its reading state and recovers the lost text.
  @Test func upgradeFromVersion2KeepsReadingStateAndRecoversMergedTexts() throws {
    let scratch = try LibraryScratch()
    let first = LibraryIdentityTests.story(ending: "Both sides agreed to a truce.")
    let second = LibraryIdentityTests.story(ending: "The talks collapsed at night.")
    try scratch.write("news/a.txt", first, modified: fixedDate)
    try scratch.write("copy/a.txt", first, modified: fixedDate)
    try scratch.write(
      "news/c.txt", "Other\nurl: https://example.com/c\n\nUnrelated text.", modified: fixedDate)
    var library: Library? = try scratch.openLibrary()
    try scratch.indexer(try #require(library)).run()
    let newKey = ArticleKey(
      identifier: nil, title: "Talks resume", published: "2020-03-01",
      body: [LibraryIdentityTests.opening, "Both sides agreed to a truce."])
    let oldKey = ArticleKey(
      identifier: nil, title: "Talks resume", published: "2020-03-01",
      firstText: LibraryIdentityTests.opening)
    let urlKey = try #require(try library?.articleKey(forURL: "https://example.com/c"))
    #expect(try library?.article(for: newKey) != nil)
    library = nil
    // The second text arrived in version 2: its file was recorded as holding the first.
    let secondURL = try scratch.write("news/b.txt", second, modified: fixedDate)
    let secondHash = ContentHash.of(try Data(contentsOf: secondURL))
    try DatabaseQueue(path: scratch.database.path).write { db in
      try db.execute(
        sql: """
          UPDATE articles SET key = ? WHERE key = ?;
          ALTER TABLE articles DROP COLUMN content_hash;
          INSERT INTO reading_state(key, is_read, is_starred, last_paragraph, updated)
            VALUES (?, 1, 1, 1, 0), (?, 0, 1, 0, 0);
          INSERT INTO files(path, source_id, size, mtime, hash, article_count, error)
            SELECT ?, source_id, ?, ?, ?, 1, NULL FROM files LIMIT 1;
          INSERT INTO file_articles(file_id, article_id)
            SELECT (SELECT id FROM files WHERE path = ?), id FROM articles WHERE key = ?;
          DELETE FROM grdb_migrations WHERE identifier = 'v3';
          PRAGMA user_version = 2;
          """,
        arguments: [
          oldKey.rawValue, newKey.rawValue, oldKey.rawValue, urlKey.rawValue,
          secondURL.path, second.utf8.count, fixedDate.timeIntervalSince1970, secondHash,
          secondURL.path, oldKey.rawValue,
        ])
    }
    let upgraded = try Library.open(at: scratch.database)
    let version = try DatabaseQueue(path: scratch.database.path).read {
      try Int.fetchOne($0, sql: "PRAGMA user_version")
    }
    #expect(version == 3)
    #expect(try upgraded.article(for: oldKey) == nil)
    #expect(try upgraded.article(for: newKey)?.paragraphs.count == 2)
    #expect(
      try upgraded.readingState(for: newKey)
        == ReadingState(isRead: true, isStarred: true, lastParagraph: 1))
    #expect(try upgraded.readingState(for: oldKey) == ReadingState())
    #expect(try upgraded.readingState(for: urlKey).isStarred)
    #expect(try upgraded.articleKey(forURL: "https://example.com/c") == urlKey)
    // The files holding an article stored from another file are read again: the copy is
    // still a duplicate, the second text is stored at last.
    let report = try scratch.indexer(upgraded).run()
    #expect(report.filesChanged == 2 && report.filesUnchanged == 2)
    #expect(report.articlesAdded == 1 && report.duplicateArticles == 1)
    #expect(try upgraded.articleCount(matching: .all) == 3)
    let inB = try upgraded.summaries(
      matching: ArticleFilter(sourcePaths: [path(scratch, "news/b.txt")]), order: .date,
      offset: 0, limit: 5)
    #expect(inB.count == 1 && inB.first?.key != newKey)
    let copy = ArticleFilter(sourcePaths: [path(scratch, "copy")])
    #expect(
      try upgraded.summaries(matching: copy, order: .date, offset: 0, limit: 5).map(\.key) == [
        newKey
      ])
    #expect(try upgraded.readingState(for: newKey).isStarred)
    #expect(try upgraded.search(query: "collapsed").total == 1)
    #expect(try upgraded.integrityCheck() == ["ok"])
    // A second run has nothing left to do.
    let again = try scratch.indexer(upgraded).run()
    #expect(again.filesChanged == 0 && again.articlesAdded == 0)
  }
}
