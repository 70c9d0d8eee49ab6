import BylineCore
import Foundation
import GRDB
import Testing

/// The same article in several files (a copied folder, two feeds carrying one item): stored
/// once, found under every file that holds it, and kept while any of them still does.
@Suite struct LibraryDuplicateTests {
  private func titles(_ library: Library, in paths: [String]) throws -> [String] {
    try library.summaries(
      matching: ArticleFilter(sourcePaths: paths), order: .date, offset: 0, limit: 20
    ).map(\.title)
  }

  /// A scratch library holding `news/1.txt` and `news/2.txt`, indexed, then `news` copied to
  /// `copy` and indexed again.
  private func copiedFolder() throws -> (LibraryScratch, Library, IndexReport) {
    let scratch = try LibraryScratch()
    try scratch.write("news/1.txt", "One\ndate: 2020-01-01\n\nPutin spoke in Moscow.")
    try scratch.write("news/2.txt", "Two\ndate: 2020-01-02\n\nMerkel spoke in Berlin.")
    let library = try scratch.openLibrary()
    try scratch.indexer(library).run()
    try FileManager.default.copyItem(
      at: scratch.sources.appendingPathComponent("news"),
      to: scratch.sources.appendingPathComponent("copy"))
    let report = try scratch.indexer(library).run()
    return (scratch, library, report)
  }

  private func path(_ scratch: LibraryScratch, _ name: String) -> String {
    scratch.sources.appendingPathComponent(name).path
  }

  @Test func copiedFolderShowsItsArticlesUnderTheCopy() throws {
    let (scratch, library, report) = try copiedFolder()
    #expect(report.filesAdded == 2)
    #expect(report.articlesAdded == 0 && report.duplicateArticles == 2)
    #expect(try library.articleCount(matching: .all) == 2)
    let copy = path(scratch, "copy")
    #expect(try library.articleCount(matching: ArticleFilter(sourcePaths: [copy])) == 2)
    #expect(try titles(library, in: [copy]) == ["Two", "One"])
    #expect(try titles(library, in: [path(scratch, "news")]) == ["Two", "One"])
    #expect(try titles(library, in: [path(scratch, "copy/1.txt")]) == ["One"])
    // Both folders at once: each article once.
    #expect(try titles(library, in: [copy, path(scratch, "news")]) == ["Two", "One"])
    let searched = ArticleFilter(query: "Merkel", sourcePaths: [copy])
    #expect(try library.articleCount(matching: searched) == 1)
    #expect(try library.entities(named: "Putin", limit: 1).first?.articleCount == 1)
    // A rebuild records the copies again.
    let rebuilt = try scratch.indexer(library).run(rebuild: true)
    #expect(rebuilt.articlesAdded == 2 && rebuilt.duplicateArticles == 2)
    #expect(try titles(library, in: [copy]) == ["Two", "One"])
    #expect(try titles(library, in: [path(scratch, "news")]) == ["Two", "One"])
  }

  @Test func anItemRepeatedInOneFeedIsCountedOnce() throws {
    let scratch = try LibraryScratch()
    let item = "Repeated\ndate: 2021-05-01\nurl: https://example.com/r\n\nPutin in Moscow."
    try scratch.write("feed.txt", item + "\n---\n" + item)
    let library = try scratch.openLibrary()
    let report = try scratch.indexer(library).run()
    #expect(report.articlesAdded == 1 && report.duplicateArticles == 0)
    #expect(
      try library.articleCount(matching: ArticleFilter(sourcePaths: [path(scratch, "feed.txt")]))
        == 1)
    try FileManager.default.removeItem(at: scratch.sources.appendingPathComponent("feed.txt"))
    #expect(try scratch.indexer(library).run().articlesRemoved == 1)
    #expect(try library.articleCount(matching: .all) == 0)
  }

  @Test func deletingTheOriginalKeepsTheArticleUnderTheCopyUntilBothAreGone() throws {
    let (scratch, library, _) = try copiedFolder()
    let one = try #require(
      try library.summaries(matching: .all, order: .date, offset: 0, limit: 5)
        .first { $0.title == "One" })
    #expect(one.source == path(scratch, "news/1.txt"))
    try library.setReadingState(ReadingState(isRead: true, isStarred: true), for: one.key)
    try FileManager.default.removeItem(at: scratch.sources.appendingPathComponent("news"))
    let report = try scratch.indexer(library).run()
    #expect(report.filesRemoved == 2 && report.articlesRemoved == 0)
    #expect(try library.articleCount(matching: .all) == 2)
    let kept = try #require(try library.article(for: one.key))
    #expect(kept.source == path(scratch, "copy/1.txt"))
    #expect(kept.paragraphs.first?.entities.first?.entityID == "PER:putin")
    #expect(try titles(library, in: [path(scratch, "news")]).isEmpty)
    #expect(try titles(library, in: [path(scratch, "copy")]) == ["Two", "One"])
    #expect(try library.readingState(for: one.key).isStarred)
    #expect(try library.entities(named: "Putin", limit: 1).first?.articleCount == 1)
    #expect(try library.search(query: "Moscow").total == 1)
    // A later change to the copy replaces the article as usual.
    try scratch.write("copy/1.txt", "One, updated\ndate: 2020-01-01\n\nPutin spoke again.")
    let changed = try scratch.indexer(library).run()
    #expect(changed.articlesRemoved == 1 && changed.articlesAdded == 1)
    #expect(try titles(library, in: [path(scratch, "copy")]) == ["Two", "One, updated"])
    try FileManager.default.removeItem(at: scratch.sources.appendingPathComponent("copy"))
    let gone = try scratch.indexer(library).run()
    #expect(gone.filesRemoved == 2 && gone.articlesRemoved == 2)
    #expect(try library.articleCount(matching: .all) == 0)
    #expect(try library.entities(named: "Putin", limit: 1).isEmpty)
    #expect(try library.search(query: "Moscow").total == 0)
    #expect(try library.readingState(for: one.key).isStarred)
    #expect(try library.integrityCheck() == ["ok"])
  }

  @Test func changingTheOriginalKeepsTheArticleTheCopyStillHolds() throws {
    let (scratch, library, _) = try copiedFolder()
    try scratch.write("news/1.txt", "Three\ndate: 2020-01-03\n\nSomething else.")
    let report = try scratch.indexer(library).run()
    #expect(report.filesChanged == 1)
    #expect(report.articlesRemoved == 0 && report.articlesAdded == 1)
    #expect(try titles(library, in: [path(scratch, "news")]) == ["Three", "Two"])
    #expect(try titles(library, in: [path(scratch, "copy")]) == ["Two", "One"])
    let one = try #require(
      try library.summaries(matching: .all, order: .date, offset: 0, limit: 5)
        .first { $0.title == "One" })
    #expect(one.source == path(scratch, "copy/1.txt"))
  }

  @Test func twoFeedsSharingOneItem() throws {
    let scratch = try LibraryScratch()
    let shared = "Shared\ndate: 2021-05-01\nurl: https://example.com/shared\n\nPutin in Moscow."
    try scratch.write(
      "feeds/a.txt", "Only in A\ndate: 2021-05-02\n\nA text.\n---\n" + shared)
    try scratch.write(
      "feeds/b.txt", shared + "\n---\nOnly in B\ndate: 2021-05-03\n\nB text.")
    let library = try scratch.openLibrary()
    let report = try scratch.indexer(library).run()
    #expect(report.articlesAdded == 3 && report.duplicateArticles == 1)
    let a = path(scratch, "feeds/a.txt")
    let b = path(scratch, "feeds/b.txt")
    #expect(try titles(library, in: [a]) == ["Only in A", "Shared"])
    #expect(try titles(library, in: [b]) == ["Only in B", "Shared"])
    #expect(try library.articleCount(matching: ArticleFilter(sourcePaths: [b])) == 2)
    let owner = try #require(
      try library.summaries(matching: .all, order: .date, offset: 0, limit: 5)
        .first { $0.title == "Shared" }?.source)
    let other = owner == a ? b : a
    try FileManager.default.removeItem(atPath: owner)
    let removed = try scratch.indexer(library).run()
    #expect(removed.articlesRemoved == 1)
    #expect(try library.articleCount(matching: .all) == 2)
    #expect(try titles(library, in: [other]).contains("Shared"))
    let key = try #require(try library.articleKey(forURL: "https://example.com/shared"))
    #expect(try library.article(for: key)?.source == other)
    #expect(try library.integrityCheck() == ["ok"])
  }

  @Test func renamesAreStillDetectedForOriginalsAndCopies() throws {
    let (scratch, library, _) = try copiedFolder()
    let manager = FileManager.default
    try manager.moveItem(
      at: scratch.sources.appendingPathComponent("news/1.txt"),
      to: scratch.sources.appendingPathComponent("news/first.txt"))
    try manager.moveItem(
      at: scratch.sources.appendingPathComponent("copy/2.txt"),
      to: scratch.sources.appendingPathComponent("copy/second.txt"))
    let report = try scratch.indexer(library).run()
    #expect(report.filesRenamed == 2)
    #expect(report.filesAdded == 0 && report.filesRemoved == 0)
    #expect(report.articlesAdded == 0 && report.articlesRemoved == 0)
    let one = try #require(
      try library.summaries(matching: .all, order: .date, offset: 0, limit: 5)
        .first { $0.title == "One" })
    #expect(one.source == path(scratch, "news/first.txt"))
    #expect(try titles(library, in: [path(scratch, "copy/second.txt")]) == ["Two"])
    #expect(try titles(library, in: [path(scratch, "copy/2.txt")]).isEmpty)
    #expect(try titles(library, in: [path(scratch, "news/first.txt")]) == ["One"])
  }

  @Test func upgradeFromVersion1KeepsReadingStateAndRecordsCopies() throws {
    let (scratch, library, _) = try copiedFolder()
    let one = try #require(
      try library.summaries(matching: .all, order: .date, offset: 0, limit: 5)
        .first { $0.title == "One" })
    try library.setReadingState(
      ReadingState(isRead: true, isStarred: true, lastParagraph: 2), for: one.key)
    // Turn the file into what version 1 wrote: no `file_articles`, copies with no article.
    try DatabaseQueue(path: scratch.database.path).write { db in
      try db.execute(
        sql: """
          DROP TABLE file_articles;
          CREATE INDEX articles_by_file ON articles(file_id);
          UPDATE files SET article_count = (SELECT count(*) FROM articles WHERE file_id = files.id);
          DELETE FROM grdb_migrations WHERE identifier = 'v2';
          PRAGMA user_version = 1;
          """)
    }
    let upgraded = try Library.open(at: scratch.database)
    let version = try DatabaseQueue(path: scratch.database.path).read {
      try Int.fetchOne($0, sql: "PRAGMA user_version")
    }
    #expect(version == 2)
    #expect(
      try upgraded.readingState(for: one.key)
        == ReadingState(isRead: true, isStarred: true, lastParagraph: 2))
    #expect(try upgraded.articleCount(matching: .all) == 2)
    #expect(try titles(upgraded, in: [path(scratch, "news")]) == ["Two", "One"])
    // The copies are read again by the next run, and recorded.
    let report = try scratch.indexer(upgraded).run()
    #expect(report.filesChanged == 2 && report.filesUnchanged == 2)
    #expect(report.articlesAdded == 0 && report.duplicateArticles == 2)
    #expect(try titles(upgraded, in: [path(scratch, "copy")]) == ["Two", "One"])
    #expect(try upgraded.readingState(for: one.key).isStarred)
    #expect(try upgraded.integrityCheck() == ["ok"])
  }
}
