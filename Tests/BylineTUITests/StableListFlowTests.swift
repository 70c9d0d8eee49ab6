import BylineCore
import Foundation
import Testing

@testable import BylineTUI

/// Issue 18 items 1 and 6: the list keeps its rows where the user left them. `Esc` after
/// `byline PATH` selects the same article in the whole library wherever it is, and an
/// unread-only list keeps the articles read in it until it is loaded afresh, so `J`, `K`, `U`
/// and paging never skip one.
@Suite struct StableListFlowTests {
  @Test func escapeAfterCommandLineSourcesFindsTheArticleBeyondTheLoadedPages() {
    let articles = TestArticles.many(300)
    var session = ReaderSession(
      store: InMemoryArticleStore(articles: articles), config: ReaderConfig(),
      themes: TestThemes.all)
    session.send(.showSources(["/bulk/17.txt"]))
    _ = session.start(width: 100, height: 20)
    #expect(session.state.list.count == 1)
    session.press([.escape])
    // Newest first: article 17 is row 282 of 300, far beyond the first pages.
    #expect(session.state.list.count == 300)
    #expect(session.state.list.selected == 282)
    #expect(session.state.list.summary(at: 282)?.key == articles[17].key)
    let screen = session.render()
    let rows = (0..<screen.height).map { screen.text(ofRow: $0) }
    #expect(rows.contains { $0.contains("Article number 17 ") })
    #expect(rows.last?.contains("article 283/300") == true)
    // The selection opens the article it shows.
    session.press([.enter])
    #expect(session.state.body.article?.key == articles[17].key)
  }

  @Test func escapeKeepsTheArticleWhereItWasOnTheScreen() {
    let articles = TestArticles.many(300)
    var session = ReaderSession(
      store: InMemoryArticleStore(articles: articles), config: ReaderConfig(),
      themes: TestThemes.all)
    session.send(.showSources((100..<160).map { "/bulk/\($0).txt" }))
    _ = session.start(width: 100, height: 20)
    #expect(session.state.list.count == 60)
    session.press([.character("j"), .character("j"), .character("j")])
    #expect(session.state.list.summary(at: 3)?.key == articles[156].key)
    #expect(session.state.list.top == 0)
    session.press([.escape])
    // Row 143 of the whole library, still the fourth row on the screen.
    #expect(session.state.list.selected == 143)
    #expect(session.state.list.top == 140)
    #expect(session.state.list.summary(at: 143)?.key == articles[156].key)
  }

  @Test func unreadOnlyListKeepsReadRowsSoPagingSkipsNone() {
    var reader = ReaderHarness(articles: TestArticles.many(130), width: 100, height: 20)
    reader.press(.character("u"))
    #expect(reader.state.list.count == 130)
    reader.press(.enter, .character("q"))
    #expect(reader.state.list.summary(at: 0)?.isRead == true)
    // The last page is asked for after the first article was read: it still ends with the
    // oldest article, in row 129.
    reader.press(.character("G"))
    #expect(reader.state.list.selected == 129)
    #expect(reader.state.list.summary(at: 129)?.title == "Article number 0")
    #expect(reader.state.list.count == 130)
    // Loaded afresh (u twice), the read article leaves the list.
    reader.press(.character("u"), .character("u"))
    #expect(reader.state.list.filter.unreadOnly)
    #expect(reader.state.list.count == 129)
    #expect(reader.state.list.summary(at: 0)?.title == "Article number 128")
  }

  @Test func nextArticleVisitsEveryUnreadArticleOnceAcrossPages() {
    var reader = ReaderHarness(articles: TestArticles.many(130), width: 100, height: 20)
    reader.press(.character("u"), .enter)
    var titles = [reader.state.body.article?.title]
    for _ in 0..<129 {
      reader.press(.character("J"))
      titles.append(reader.state.body.article?.title)
    }
    #expect(titles == (0..<130).reversed().map { "Article number \($0)" })
    #expect(reader.state.list.selected == 129)
    reader.press(.character("K"))
    #expect(reader.state.body.article?.title == "Article number 1")
  }

  @Test func nextUnreadSkipsTheKeptReadRowsToTheNextUnreadOne() {
    var reader = ReaderHarness(articles: TestArticles.many(130), width: 100, height: 20)
    reader.press(.character("u"), .enter)
    #expect(reader.state.body.article?.title == "Article number 129")
    reader.press(.character("U"))
    #expect(reader.state.body.article?.title == "Article number 128")
    // Back to the first row (read, kept): U goes on after it to the first unread row, 2.
    reader.press(.character("K"), .character("K"))
    #expect(reader.state.body.article?.title == "Article number 129")
    reader.press(.character("U"))
    #expect(reader.state.body.article?.title == "Article number 127")
    #expect(reader.state.list.selected == 2)
  }

  @Test func markingUnreadRowsReadWithNKeepsThemListed() {
    var reader = ReaderHarness(articles: TestArticles.many(130), width: 100, height: 20)
    reader.press(.character("u"))
    reader.press(.character("N"), .character("j"), .character("N"), .character("G"))
    #expect(reader.state.list.summary(at: 129)?.title == "Article number 0")
    #expect(reader.state.list.summary(at: 1)?.isRead == true)
    #expect(reader.state.list.summary(at: 2)?.isRead == false)
  }
}
