import BylineCore
import Foundation
import Testing

@Suite struct LibraryIndexingTests {
  @Test func indexesNewFilesWithEntitiesAndParagraphs() throws {
    let scratch = try LibraryScratch()
    try scratch.write(
      "a.txt",
      "Putin to visit Moscow\ndate: 2020-09-27\n\nVladimir Putin will travel to Moscow.\n\nPutin said so."
    )
    try scratch.write("b.txt", "Merkel in Berlin\ndate: 2021-01-02\n\nAngela Merkel spoke.")
    let library = try scratch.openLibrary()
    let report = try scratch.indexer(library).run()
    #expect(report.filesAdded == 2)
    #expect(report.articlesAdded == 2)
    #expect(try library.articleCount(matching: .all) == 2)
    let page = try library.summaries(matching: .all, order: .date, offset: 0, limit: 10)
    #expect(page.map(\.title) == ["Merkel in Berlin", "Putin to visit Moscow"])
    let article = try #require(try library.article(for: page[1].key))
    #expect(
      article.paragraphs.map(\.text) == ["Vladimir Putin will travel to Moscow.", "Putin said so."])
    #expect(article.paragraphs[1].entities.first?.entityID == "PER:vladimir putin")
    #expect(article.paragraphs[0].entities.first?.range == TextRange(start: 0, end: 14))
    let putin = try #require(
      try library.entityDetails(id: "PER:vladimir putin", mentionLimit: 5, relatedLimit: 5))
    #expect(putin.entity.name == "Vladimir Putin")
    #expect(putin.entity.articleCount == 1)
    #expect(Set(putin.variants) == ["Vladimir Putin", "Putin"])
    #expect(putin.related.map(\.entity.id) == ["LOC:moscow"])
  }

  @Test func secondRunWithNothingChangedDoesNothing() throws {
    let scratch = try LibraryScratch()
    try scratch.write("a.txt", "One\n\nBody one.")
    let library = try scratch.openLibrary()
    try scratch.indexer(library).run()
    let report = try scratch.indexer(library).run()
    #expect(report.filesUnchanged == 1)
    #expect(report.filesAdded == 0 && report.filesChanged == 0 && report.articlesAdded == 0)
  }

  @Test func changedFileIsReadAgainAndTouchedFileIsNot() throws {
    let scratch = try LibraryScratch()
    let url = try scratch.write("a.txt", "Old title\n\nPutin spoke in Moscow.")
    try scratch.write("b.txt", "Other\n\nNothing here.")
    let library = try scratch.openLibrary()
    try scratch.indexer(library).run()
    try scratch.write("a.txt", "New title\n\nMerkel spoke in Berlin.")
    let touched = scratch.sources.appendingPathComponent("b.txt")
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSinceNow: 3600)], ofItemAtPath: touched.path)
    let report = try scratch.indexer(library).run()
    #expect(report.filesChanged == 1)
    #expect(report.filesTouched == 1)
    #expect(report.articlesRemoved == 1 && report.articlesAdded == 1)
    let titles = try library.summaries(matching: .all, order: .date, offset: 0, limit: 10)
      .map(\.title)
    #expect(Set(titles) == ["New title", "Other"])
    #expect(try library.entityDetails(id: "LOC:moscow", mentionLimit: 1, relatedLimit: 1) == nil)
    #expect(try library.entities(named: "Moscow", limit: 5).isEmpty)
    #expect(try library.entities(named: "berlin", limit: 5).map(\.id) == ["LOC:berlin"])
    #expect(try library.search(query: "Moscow").total == 0)
    #expect(try library.search(query: "Berlin").total == 1)
    #expect(try library.integrityCheck() == ["ok"])
    _ = url
  }

  @Test func deletedFileRemovesItsArticlesButKeepsReadingState() throws {
    let scratch = try LibraryScratch()
    let url = try scratch.write("a.txt", "Gone soon\n\nPutin spoke.")
    try scratch.write("b.txt", "Stays\n\nPutin again.")
    let library = try scratch.openLibrary()
    try scratch.indexer(library).run()
    let key = try #require(
      try library.summaries(matching: .all, order: .date, offset: 0, limit: 10)
        .first { $0.title == "Gone soon" }?.key)
    try library.setReadingState(ReadingState(isRead: true, isStarred: true), for: key)
    #expect(try library.entities(named: "Putin", limit: 1).first?.articleCount == 2)
    try FileManager.default.removeItem(at: url)
    let report = try scratch.indexer(library).run()
    #expect(report.filesRemoved == 1 && report.articlesRemoved == 1)
    #expect(try library.articleCount(matching: .all) == 1)
    #expect(try library.entities(named: "Putin", limit: 1).first?.articleCount == 1)
    #expect(try library.readingState(for: key).isStarred)
    #expect(try library.integrityCheck() == ["ok"])
  }

  @Test func renamedFileKeepsItsArticlesWithoutReadingThemAgain() throws {
    let scratch = try LibraryScratch()
    let url = try scratch.write("a.txt", "Moved\n\nPutin spoke.")
    let library = try scratch.openLibrary()
    try scratch.indexer(library).run()
    let key = try #require(
      try library.summaries(matching: .all, order: .date, offset: 0, limit: 1).first?.key)
    let target = scratch.sources.appendingPathComponent("sub/renamed.txt")
    try FileManager.default.createDirectory(
      at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
    try FileManager.default.moveItem(at: url, to: target)
    let report = try scratch.indexer(library).run()
    #expect(report.filesRenamed == 1)
    #expect(report.filesAdded == 0 && report.filesRemoved == 0 && report.articlesAdded == 0)
    let summary = try #require(
      try library.summaries(matching: .all, order: .date, offset: 0, limit: 1).first)
    #expect(summary.key == key)
    #expect(summary.source == target.path)
  }

  @Test func readingStateSurvivesRebuild() throws {
    let scratch = try LibraryScratch()
    try scratch.write("a.txt", "First\ndate: 2020-01-01\n\nBody.")
    try scratch.write("b.txt", "Second\ndate: 2020-01-02\n\nBody two.")
    let library = try scratch.openLibrary()
    try scratch.indexer(library).run()
    let first = try #require(
      try library.summaries(matching: .all, order: .date, offset: 1, limit: 1).first)
    #expect(first.title == "First")
    try library.setReadingState(
      ReadingState(isRead: true, isStarred: true, lastParagraph: 3), for: first.key)
    let report = try scratch.indexer(library).run(rebuild: true)
    #expect(report.filesAdded == 2)
    #expect(
      try library.readingState(for: first.key)
        == ReadingState(isRead: true, isStarred: true, lastParagraph: 3))
    let starred = try library.summaries(
      matching: ArticleFilter(starredOnly: true), order: .date, offset: 0, limit: 5)
    #expect(starred.map(\.title) == ["First"])
    #expect(starred.first?.isRead == true)
    #expect(try library.articleCount(matching: ArticleFilter(unreadOnly: true)) == 1)
  }

  @Test func unreadableFileIsReportedAndNotRetriedUntilItChanges() throws {
    let scratch = try LibraryScratch()
    try scratch.write("bad.txt", "!fail")
    try scratch.write("good.txt", "Good\n\nText.")
    let library = try scratch.openLibrary()
    let first = try scratch.indexer(library).run()
    #expect(first.failures.count == 1)
    #expect(first.failures.first?.description.contains("bad.txt") == true)
    #expect(first.articlesAdded == 1)
    let second = try scratch.indexer(library).run()
    #expect(second.failures.isEmpty && second.filesUnchanged == 2)
    try scratch.write("bad.txt", "Fixed\n\nNow readable.")
    let third = try scratch.indexer(library).run()
    #expect(third.filesChanged == 1 && third.articlesAdded == 1)
  }

  @Test func smallBatchesGiveTheSameResultAndReportProgress() throws {
    let scratch = try LibraryScratch()
    for index in 0..<23 {
      try scratch.write(
        "f\(index).txt", "Title \(index)\ndate: 2020-02-\(10 + index)\n\nPutin \(index).")
    }
    let library = try scratch.openLibrary()
    let seen = ProgressLog()
    try scratch.indexer(library, batchSize: 5).run { seen.append($0) }
    #expect(try library.articleCount(matching: .all) == 23)
    #expect(seen.values.map(\.filesDone) == [5, 10, 15, 20, 23])
    #expect(seen.values.last?.filesTotal == 23)
    #expect(try library.entities(named: "Putin", limit: 1).first?.articleCount == 23)
  }

  @Test func duplicateArticleKeysAreStoredOnce() throws {
    let scratch = try LibraryScratch()
    try scratch.write("a.txt", "Same\nurl: https://example.com/1\n\nBody.")
    try scratch.write("b.txt", "Same again\nurl: https://example.com/1\n\nBody.")
    let library = try scratch.openLibrary()
    let report = try scratch.indexer(library).run()
    #expect(report.articlesAdded == 1 && report.duplicateArticles == 1)
    #expect(try library.articleKey(forURL: "https://example.com/1") != nil)
  }
}

/// Collects progress reports from the indexer's writer thread.
final class ProgressLog: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: [IndexProgress] = []
  func append(_ value: IndexProgress) { lock.withLock { stored.append(value) } }
  var values: [IndexProgress] { lock.withLock { stored } }
}
