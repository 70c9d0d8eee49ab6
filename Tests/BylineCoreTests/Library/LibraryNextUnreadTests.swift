import BylineCore
import Foundation
import Testing

/// Issue 18: "the first unread article after row N" in a list's filter and order, asked of the
/// SQLite library in one statement, agrees row for row with the paged list and with the
/// page-by-page search every store has.
@Suite struct LibraryNextUnreadTests {
  @Test func firstUnreadAgreesWithThePagedListInEveryOrderAndFilter() throws {
    let scratch = try LibraryScratch()
    for index in 0..<40 {
      try scratch.write(
        "\(index % 3 == 0 ? "a" : "b")/\(index).txt",
        "Story \(index % 7)\n\nParis news number \(index).\n")
    }
    let library = try scratch.openLibrary()
    try scratch.indexer(library).run()
    let all = try library.summaries(matching: .all, order: .date, offset: 0, limit: 100)
    #expect(all.count == 40)
    // Everything read but a few rows.
    for (row, summary) in all.enumerated() where ![3, 17, 18, 39].contains(row) {
      try library.setReadingState(ReadingState(isRead: true), for: summary.key)
    }
    let filters = [
      ArticleFilter.all,
      ArticleFilter(sourcePaths: [scratch.sources.appendingPathComponent("b").path]),
      ArticleFilter(query: "paris"), ArticleFilter(entityID: "name:paris"),
    ]
    for filter in filters {
      for order in ArticleOrder.allCases {
        let rows = try library.summaries(matching: filter, order: order, offset: 0, limit: 100)
        for after in -1..<rows.count {
          let expected = rows.indices.first { $0 > after && !rows[$0].isRead }
          let found = try library.firstUnread(matching: filter, order: order, after: after)
          #expect(found?.row == expected, "\(filter) \(order) after \(after)")
          #expect(found?.key == expected.map { rows[$0].key })
          let paged = try library.firstUnreadByPages(matching: filter, order: order, after: after)
          #expect(paged == found)
        }
      }
    }
    #expect(try library.firstUnread(matching: .all, order: .date, after: 39) == nil)
  }
}
