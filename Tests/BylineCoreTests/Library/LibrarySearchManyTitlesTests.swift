import BylineCore
import Foundation
import Testing

/// A query whose words are in the titles of more articles than are ranked exactly lists those
/// title matches newest first, then the other matches newest first, page after page.
@Suite struct LibrarySearchManyTitlesTests {
  @Test func listsManyTitleMatchesNewestFirstThenTheRest() throws {
    let scratch = try LibraryScratch()
    let titled = ["2020-01-05", "2022-03-01", "2019-07-09"]
    for (index, day) in titled.enumerated() {
      try scratch.write("t\(index).txt", "Budget \(index)\ndate: \(day)\n\nThe budget.")
    }
    for (index, day) in ["2021-01-01", "2023-02-02"].enumerated() {
      try scratch.write("b\(index).txt", "Story \(index)\ndate: \(day)\n\nA budget story.")
    }
    try scratch.write("x.txt", "Other\ndate: 2024-01-01\n\nNothing.")
    do { _ = try scratch.openLibrary() }
    let library = try Library.open(at: scratch.database, exactRankingLimit: 2)
    try scratch.indexer(library).run()
    let all = try library.search(query: "budget", offset: 0, limit: 10)
    #expect(all.total == 5)
    #expect(
      all.hits.map(\.summary.title) == ["Budget 1", "Budget 0", "Budget 2", "Story 1", "Story 0"])
    #expect(all.hits.allSatisfy { $0.summary.snippet?.contains("budget") == true })
    let pages = try (0..<5).map {
      try library.search(query: "budget", offset: $0, limit: 1).hits.map(\.summary.title)
    }
    #expect(pages.flatMap { $0 } == all.hits.map(\.summary.title))
    let prefixed = try library.search(query: "budg*", offset: 0, limit: 10)
    #expect(prefixed.hits.map(\.summary.title) == all.hits.map(\.summary.title))
    #expect(prefixed.hits.map(\.summary.snippet) == all.hits.map(\.summary.snippet))
  }
}
