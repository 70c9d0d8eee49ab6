import BylineCore
import Foundation
import Testing

@testable import BylineTUI

/// `A` marks every article of the list read after a y/n question; `N` undoes it one article
/// at a time (issue 18 item 3).
@Suite struct MarkAllReadFlowTests {
  private func unread(_ reader: ReaderHarness) throws -> [String] {
    try reader.store.summaries(
      matching: ArticleFilter(unreadOnly: true), order: .date, offset: 0, limit: 50
    ).map(\.title)
  }

  @Test func markAllReadAsksFirstThenNUndoesOneArticle() throws {
    var reader = ReaderHarness(width: 100, height: 20)
    let count = TestArticles.all.count
    reader.press(.character("A"))
    #expect(reader.state.mode == .confirmingMarkRead(count: count, filter: .all))
    #expect(reader.rows.last?.contains("mark \(count) articles read? (y/n)") == true)
    reader.press(.character("y"))
    #expect(reader.state.mode == .browsing)
    #expect(try unread(reader).isEmpty)
    #expect(reader.rows.last?.contains("Marked \(count) articles read") == true)
    // The list reloaded: no row keeps its unread marker.
    #expect(!reader.rows.dropLast().contains { $0.hasPrefix("●") })
    reader.press(.character("j"), .character("N"))
    #expect(try unread(reader) == [TestArticles.seoul.title])
    #expect(reader.rows[1].hasPrefix("●"))
    reader.press(.character("j"), .character("N"))
    #expect(try unread(reader) == [TestArticles.seoul.title, TestArticles.beijing.title])
  }

  @Test func anyOtherAnswerMarksNothing() throws {
    var reader = ReaderHarness(width: 100, height: 20)
    reader.press(.character("A"), .character("n"))
    #expect(reader.state.mode == .browsing)
    #expect(reader.rows.last?.contains("Nothing marked") == true)
    #expect(try unread(reader).count == TestArticles.all.count)
    reader.press(.character("A"), .escape)
    #expect(try unread(reader).count == TestArticles.all.count)
  }

  @Test func markAllReadMarksOnlyTheSearchedListAndSaysOneArticle() throws {
    var reader = ReaderHarness(width: 100, height: 20)
    reader.press(.character("/"))
    reader.type("harbours")
    reader.press(.enter, .character("A"))
    #expect(reader.rows.last?.contains("mark 1 article read? (y/n)") == true)
    reader.press(.character("y"))
    #expect(reader.rows.last?.contains("Marked 1 article read") == true)
    #expect(!(try unread(reader)).contains(TestArticles.long.title))
    #expect(try unread(reader).count == TestArticles.all.count - 1)
    // Back to the whole list: the one article is read, `N` makes it unread again.
    reader.press(.escape)
    let row = try #require(reader.rows.firstIndex { $0.contains(TestArticles.long.title) })
    #expect(!reader.rows[row].hasPrefix("●"))
  }

  @Test func markAllReadOnTheUnreadListEmptiesItAndCtrlCStillInterrupts() throws {
    var reader = ReaderHarness(width: 100, height: 20)
    reader.press(.character("u"), .character("A"), .character("y"))
    #expect(reader.state.list.count == 0)
    #expect(reader.rows[1].contains("No articles here"))
    // The status says how to get at them again to undo one.
    #expect(reader.state.status?.text.hasSuffix("(u shows them again, N marks one unread)") == true)
    reader.press(.character("A"))
    #expect(reader.rows.last?.contains("No articles here to mark read") == true)
    reader.press(.character("u"), .character("A"), .control("c"))
    #expect(reader.state.isQuitting)
  }
}
