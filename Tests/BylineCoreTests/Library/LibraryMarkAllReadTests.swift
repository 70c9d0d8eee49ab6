import BylineCore
import Foundation
import Testing

/// Marking a whole list read (issue 18 item 3): one UPDATE over the list's own filter, in
/// the library and the in-memory store alike.
@Suite struct LibraryMarkAllReadTests {
  /// A library of five articles: two under `x/`, three under `y/` (one undated, one mentioning
  /// Putin), and the in-memory store over the same articles.
  private func stores() throws -> (LibraryScratch, Library, InMemoryArticleStore) {
    let scratch = try LibraryScratch()
    try scratch.write("x/1.txt", "Old\ndate: 2019-05-01\n\nBody one.")
    try scratch.write("x/2.txt", "New\ndate: 2022-05-01\n\nBody two.")
    try scratch.write("y/3.txt", "Undated\n\nBody three.")
    try scratch.write("y/4.txt", "Middle\ndate: 2020-05-01\n\nPutin spoke.")
    try scratch.write("y/5.txt", "Late\ndate: 2023-05-01\n\nBody five harbour.")
    let library = try scratch.openLibrary()
    try scratch.indexer(library).run()
    let articles = try library.summaries(matching: .all, order: .date, offset: 0, limit: 10)
      .compactMap { try library.article(for: $0.key) }
    return (scratch, library, InMemoryArticleStore(articles: articles))
  }

  private func unreadTitles(_ store: any ArticleStore) throws -> [String] {
    try store.summaries(
      matching: ArticleFilter(unreadOnly: true), order: .date, offset: 0, limit: 10
    ).map(\.title)
  }

  @Test func marksExactlyTheArticlesTheFilterShowsAndKeepsStarsAndPositions() throws {
    let (scratch, library, memory) = try stores()
    for store in [library, memory] as [any ArticleStore] {
      let late = try #require(
        try store.summaries(matching: .all, order: .date, offset: 0, limit: 1).first)
      try store.setReadingState(ReadingState(isStarred: true, lastParagraph: 2), for: late.key)
      let folder = scratch.sources.appendingPathComponent("y").path
      #expect(
        try store.markAllRead(matching: ArticleFilter(sourcePaths: [folder]), publishedBefore: nil)
          == 3)
      #expect(try unreadTitles(store) == ["New", "Old"])
      #expect(
        try store.readingState(for: late.key)
          == ReadingState(isRead: true, isStarred: true, lastParagraph: 2))
      // Already read: nothing more to mark.
      #expect(
        try store.markAllRead(matching: ArticleFilter(sourcePaths: [folder]), publishedBefore: nil)
          == 0)
    }
  }

  @Test func searchAndDateLimitTheMarks() throws {
    let (scratch, library, memory) = try stores()
    defer { withExtendedLifetime(scratch) {} }
    for store in [library, memory] as [any ArticleStore] {
      #expect(
        try store.markAllRead(matching: ArticleFilter(query: "harbour"), publishedBefore: nil) == 1)
      #expect(try unreadTitles(store) == ["New", "Middle", "Old", "Undated"])
      let cutoff = try #require(TestPlainTextReader.isoDay("2020-06-01"))
      // Before 2020-06-01: Middle and Old; the undated article is left alone.
      #expect(try store.markAllRead(matching: .all, publishedBefore: cutoff) == 2)
      #expect(try unreadTitles(store) == ["New", "Undated"])
      #expect(try store.markAllRead(matching: .all, publishedBefore: nil) == 2)
      #expect(try unreadTitles(store) == [])
    }
  }

  @Test func entityAndUnreadFiltersMarkOnlyTheirArticles() throws {
    let (scratch, library, _) = try stores()
    defer { withExtendedLifetime(scratch) {} }
    let putin = try #require(try library.entities(named: "Putin", limit: 1).first)
    #expect(
      try library.markAllRead(
        matching: ArticleFilter(unreadOnly: true, entityID: putin.id), publishedBefore: nil) == 1)
    #expect(try unreadTitles(library) == ["Late", "New", "Old", "Undated"])
  }
}
