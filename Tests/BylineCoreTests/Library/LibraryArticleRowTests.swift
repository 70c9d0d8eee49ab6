import BylineCore
import Foundation
import Testing

/// Issue 18 item 6: the row of an article in a list (for `Esc` after `byline PATH`, which keeps
/// the selected article selected in the whole library), and the rows an unread-only list keeps
/// while they are read (so reading an article does not move the rows after it).
@Suite struct LibraryArticleRowTests {
  /// A library of 40 articles in two folders, all mentioning Berlin, with some read.
  static func library(_ scratch: LibraryScratch) throws -> Library {
    for index in 0..<40 {
      try scratch.write(
        "\(index % 3 == 0 ? "a" : "b")/\(index).txt",
        "Story \(index % 7)\n\nParis news number \(index). Merkel stayed in Berlin.\n")
    }
    let library = try scratch.openLibrary()
    try scratch.indexer(library).run()
    let all = try library.summaries(matching: .all, order: .date, offset: 0, limit: 100)
    for (row, summary) in all.enumerated() where row % 4 == 1 {
      try library.setReadingState(ReadingState(isRead: true), for: summary.key)
    }
    return library
  }

  @Test func rowOfAnArticleAgreesWithThePagedListInEveryOrderAndFilter() throws {
    let scratch = try LibraryScratch()
    let library = try Self.library(scratch)
    let everything = try library.summaries(matching: .all, order: .date, offset: 0, limit: 100)
    let filters = [
      ArticleFilter.all, ArticleFilter(unreadOnly: true),
      ArticleFilter(sourcePaths: [scratch.sources.appendingPathComponent("b").path]),
      ArticleFilter(query: "paris"), ArticleFilter(entityID: "LOC:berlin"),
    ]
    for filter in filters {
      for order in ArticleOrder.allCases {
        let rows = try library.summaries(matching: filter, order: order, offset: 0, limit: 100)
        #expect(!rows.isEmpty)
        for article in everything {
          let expected = rows.firstIndex { $0.key == article.key }
          let found = try library.row(of: article.key, matching: filter, order: order)
          #expect(found == expected, "\(filter) \(order) \(article.title)")
          #expect(try library.rowByPages(of: article.key, matching: filter, order: order) == found)
        }
      }
    }
    #expect(
      try library.row(of: ArticleKey(rawValue: "0000000000000000"), matching: .all, order: .date)
        == nil)
  }

  @Test func unreadOnlyListKeepsTheRowsReadWhileItWasShown() throws {
    let scratch = try LibraryScratch()
    let library = try Self.library(scratch)
    let entity = ArticleFilter(entityID: "LOC:berlin")
    for base in [ArticleFilter.all, entity] {
      for starred in [false, true] {
        var unread = base
        unread.unreadOnly = true
        unread.starredOnly = starred
        if starred {
          let all = try library.summaries(matching: .all, order: .date, offset: 0, limit: 100)
          for summary in all.prefix(12) {
            var state = try library.readingState(for: summary.key)
            state.isStarred = true
            try library.setReadingState(state, for: summary.key)
          }
        }
        let before = try library.summaries(matching: unread, order: .date, offset: 0, limit: 100)
        try #require(before.count >= 6, "\(unread)")
        #expect(try library.articleCount(matching: unread) == before.count)
        // Two of the listed articles are read now; kept, the list stays as it was.
        var kept = unread
        for summary in [before[0], before[3]] {
          var state = try library.readingState(for: summary.key)
          state.isRead = true
          try library.setReadingState(state, for: summary.key)
          kept.keptRead.insert(summary.key)
        }
        let after = try library.summaries(matching: kept, order: .date, offset: 0, limit: 100)
        #expect(after.map(\.key) == before.map(\.key))
        #expect(try library.articleCount(matching: kept) == before.count)
        #expect(try library.row(of: before[5].key, matching: kept, order: .date) == 5)
        // Without them kept, they leave the list.
        #expect(try library.articleCount(matching: unread) == before.count - 2)
        for summary in [before[0], before[3]] {
          var state = try library.readingState(for: summary.key)
          state.isRead = false
          try library.setReadingState(state, for: summary.key)
        }
      }
    }
  }
}
