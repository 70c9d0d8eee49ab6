import BylineCore
import Foundation
import Testing

@testable import BylineTUI

/// Issue 18 items 1 and 5: moving between articles from inside one (`J`, `K`, `U`, `Space` at
/// the end) in the list's order, filter and search, and `z` on the selected row.
@Suite struct BetweenArticlesFlowTests {
  /// A session over `articles` where every article is read except those at `unreadRows` of
  /// the list (newest first, as ``TestArticles/many(_:)`` dates them).
  static func session(_ articles: [Article], unreadRows: Set<Int>) throws -> ReaderSession {
    let store = InMemoryArticleStore(articles: articles)
    let listed = try store.summaries(
      matching: .all, order: .date, offset: 0, limit: articles.count)
    for (row, summary) in listed.enumerated() where !unreadRows.contains(row) {
      try store.setReadingState(ReadingState(isRead: true), for: summary.key)
    }
    var session = ReaderSession(store: store, config: ReaderConfig(), themes: TestThemes.all)
    _ = session.start(width: 100, height: 20)
    return session
  }

  @Test func jAndKFollowTheListThroughASearch() {
    var reader = ReaderHarness(width: 100, height: 20)
    reader.press(.character("/"))
    reader.type("the")
    reader.press(.enter)
    let count = reader.state.list.count ?? 0
    #expect(count >= 2 && count < TestArticles.all.count)
    let second = reader.state.list.summary(at: 1)?.key
    reader.press(.enter, .character("J"))
    #expect(reader.state.body.article?.key == second)
    #expect(reader.state.list.selected == 1)
    #expect(reader.state.focus == .body)
    #expect(reader.rows.last?.contains("article 2/\(count)") == true)
    reader.press(.character("K"))
    #expect(reader.state.body.article?.key == reader.state.list.summary(at: 0)?.key)
    reader.press(.character("K"))
    #expect(reader.state.status?.text == "No previous article: this is the first of the list")
    #expect(reader.state.list.selected == 0)
  }

  @Test func jAndKFollowTheListThroughAFilter() throws {
    let articles = TestArticles.many(10)
    let store = InMemoryArticleStore(articles: articles)
    // Newest first: "Article number 7", 4 and 2 are the starred ones, in that order.
    for index in [2, 4, 7] {
      try store.setReadingState(ReadingState(isStarred: true), for: articles[index].key)
    }
    var session = ReaderSession(store: store, config: ReaderConfig(), themes: TestThemes.all)
    _ = session.start(width: 100, height: 20)
    session.press([.character("S"), .enter, .character("J")])
    #expect(session.state.body.article?.title == "Article number 4")
    session.press([.character("J")])
    #expect(session.state.body.article?.title == "Article number 2")
    session.press([.character("J")])
    #expect(session.state.status?.text == "No next article: this is the last of the list")
    session.press([.character("K")])
    #expect(session.state.body.article?.title == "Article number 4")
    #expect(session.state.list.selected == 1)
  }

  @Test func jCrossesPagesOfASearchInReadingMode() throws {
    var reader = ReaderHarness(articles: TestArticles.many(130), width: 100, height: 20)
    reader.press(.character("/"))
    reader.type("number")
    reader.press(.enter)
    #expect(reader.state.list.filter.query == "number")
    reader.press(.enter, .character("z"))
    #expect(reader.state.readingMode)
    for _ in 0..<60 { reader.press(.character("J")) }
    #expect(reader.state.readingMode)
    #expect(reader.state.list.selected == 60)
    #expect(reader.state.body.article?.key == reader.state.list.summary(at: 60)?.key)
    #expect(reader.state.body.article?.title == "Article number 69")
    #expect(reader.rows.last?.contains("article 61/130") == true)
    // Leaving reading mode: the list (entered from the article, so the article keeps the keys)
    // shows the open article selected.
    reader.press(.character("q"))
    #expect(reader.state.focus == .body)
    #expect(reader.state.list.selected == 60)
  }

  /// `J` onto a row whose page is not loaded asks for the page and opens the row when it
  /// arrives (the update alone, no store).
  @Test func jOntoAnUnloadedPageOpensTheRowWhenThePageArrives() throws {
    let articles = TestArticles.many(120)
    var state = AppState(config: ReaderConfig(), themes: TestThemes.all)
    _ = Update.apply(.resized(width: 100, height: 20), to: &state)
    state.list.count = 120
    let summaries = articles.map {
      ArticleSummary(key: $0.key, title: $0.title, source: $0.source, published: $0.published)
    }
    state.list.pages[0] = Array(summaries[0..<50])
    _ = Update.apply(
      .articleLoaded(articles[49], ReadingState(), listRow: 49), to: &state)
    state.list.pages = [0: Array(summaries[0..<50])]
    state.list.requested = []
    let effects = Update.apply(.key(.character("J")), to: &state)
    #expect(state.list.openWhenLoaded == 50)
    #expect(state.list.selected == 50)
    #expect(effects.contains(.loadListPage(page: 1, filter: .all, order: .date)))
    #expect(!effects.contains { if case .loadArticle = $0 { true } else { false } })
    let opened = Update.apply(
      .listPageLoaded(page: 1, summaries: Array(summaries[50..<100])), to: &state)
    #expect(opened.contains(.loadArticle(summaries[50].key, listRow: 50)))
    #expect(state.list.openWhenLoaded == nil)
  }

  @Test func spaceAtTheEndOpensTheNextUnreadThenSaysThereIsNone() throws {
    var session = try Self.session(TestArticles.many(8), unreadRows: [0, 5])
    session.press([.enter])
    #expect(session.state.list.selected == 0)
    // A short article: the first page down cannot scroll, so Space opens the next unread.
    session.press([.character(" ")])
    #expect(session.state.body.article?.key == session.state.list.summary(at: 5)?.key)
    #expect(session.state.list.selected == 5)
    session.press([.character(" ")])
    #expect(session.state.status?.text == "no more unread articles")
    #expect(session.state.list.selected == 5)
  }

  @Test func spacePagesALongArticleBeforeMovingOn() {
    var reader = ReaderHarness(width: 80, height: 24)
    reader.press(.character("G"), .character("k"), .enter)
    #expect(reader.state.body.article?.key == TestArticles.long.key)
    reader.press(.character(" "))
    #expect(reader.state.body.article?.key == TestArticles.long.key)
    #expect(reader.state.body.top > 0)
  }

  @Test func uFindsTheNextUnreadPastTheLoadedPagesThroughTheStore() throws {
    var session = try Self.session(TestArticles.many(300), unreadRows: [250])
    #expect(session.state.list.pages.keys.sorted() == [0])
    session.press([.character("U")])
    #expect(session.state.body.article?.key == session.state.list.summary(at: 250)?.key)
    #expect(session.state.list.selected == 250)
    #expect(session.render().text(ofRow: 19).contains("article 251/300"))
    session.press([.character("U")])
    #expect(session.state.status?.text == "no more unread articles")
    session.press([.character("q"), .character("g"), .character("U")])
    #expect(session.state.status?.text == "no more unread articles")
  }

  @Test func zOnARowOpensItInReadingModeAndQReturnsToTheList() {
    var reader = ReaderHarness(width: 100, height: 20)
    reader.press(.enter, .character("q"), .character("j"), .character("j"))
    #expect(reader.state.focus == .list)
    let third = reader.state.list.summary(at: 2)?.key
    reader.press(.character("z"))
    #expect(reader.state.readingMode)
    #expect(reader.state.body.article?.key == third)
    #expect(reader.rows.last?.contains("article 3/7") == true)
    reader.press(.character("q"))
    #expect(!reader.state.readingMode)
    #expect(reader.state.focus == .list)
    reader.press(.character("j"), .enter)
    #expect(reader.state.body.article?.key == reader.state.list.summary(at: 3)?.key)
  }

  /// The status line numbers the open article, not the selection.
  @Test func statusNumbersTheOpenArticle() {
    var reader = ReaderHarness(width: 120, height: 20)
    reader.press(.enter, .character("q"), .character("j"), .character("j"))
    #expect(reader.rows.last?.contains("article 1/7") == true)
  }
}
