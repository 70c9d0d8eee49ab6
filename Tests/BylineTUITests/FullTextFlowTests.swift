import BylineCore
import Foundation
import Testing

@testable import BylineTUI

/// Issue 12 item 7: `F` in an article asks for its full text through an effect (update does no
/// I/O); the page's text replaces the summary shown, and a failure keeps the summary and says
/// why in the status line.
@Suite struct FullTextFlowTests {
  static let summary = Article(
    key: ArticleKey(rawValue: "00000000000000e1"), title: "Quay reopens",
    source: "https://news.example/feed.xml", url: "https://news.example/quay",
    published: TestArticles.date(9),
    paragraphs: [Paragraph(text: "Summary: the quay reopens.")])

  static var full: Article {
    var article = summary
    article.paragraphs = [
      Paragraph(text: "The harbour authority said the northern quay would reopen to ferries."),
      Paragraph(text: "Engineers replaced the pilings and rebuilt the ramp."),
    ]
    return article
  }

  func session(_ fetch: @escaping BackgroundFullText.Fetch) -> (ReaderSession, BackgroundFullText) {
    let loader = BackgroundFullText(fetch: fetch)
    var session = ReaderSession(
      store: InMemoryArticleStore(articles: [Self.summary] + TestArticles.all),
      config: ReaderConfig(), themes: TestThemes.all, fullText: loader)
    _ = session.start(width: 120, height: 20)
    return (session, loader)
  }

  func rows(_ session: ReaderSession) -> String {
    let screen = session.render()
    return (0..<screen.height).map { screen.text(ofRow: $0) }.joined(separator: "\n")
  }

  @Test func fAsksForTheOpenArticlesFullTextThroughAnEffect() {
    var state = AppState(config: ReaderConfig(), themes: TestThemes.all)
    _ = Update.apply(.resized(width: 120, height: 20), to: &state)
    _ = Update.apply(.articleLoaded(Self.summary, ReadingState(), listRow: 0), to: &state)
    let effects = Update.apply(.key(.character("F")), to: &state)
    #expect(effects == [.fetchFullText(Self.summary)])
    #expect(state.status?.text == "Fetching the full text of https://news.example/quay…")
  }

  @Test func theFetchedTextReplacesTheSummaryShown() {
    let full = Self.full
    var (session, loader) = session { _ in .fetched(full) }
    session.press([.enter])
    #expect(session.state.body.article?.key == Self.summary.key)
    #expect(rows(session).contains("Summary: the quay reopens."))
    session.press([.character("F")])
    #expect(loader.waitUntilIdle(timeout: 10))
    _ = session.receiveBackground()
    let shown = rows(session)
    #expect(shown.contains("northern quay would reopen"), "\(shown)")
    #expect(!shown.contains("Summary: the quay reopens."))
    #expect(shown.contains("Full text fetched and stored"))
  }

  @Test func aFailedFetchKeepsTheSummaryAndSaysWhy() {
    var (session, loader) = session { _ in .failed("HTTP 404") }
    session.press([.enter, .character("F")])
    #expect(loader.waitUntilIdle(timeout: 10))
    _ = session.receiveBackground()
    let shown = rows(session)
    #expect(shown.contains("Summary: the quay reopens."))
    #expect(shown.contains("Full text not fetched: HTTP 404 (the summary stays)"), "\(shown)")
    #expect(session.state.status?.isError == true)
  }

  @Test func anArticleWithoutAWebLinkIsNotFetched() {
    var reader = ReaderHarness(width: 120, height: 20)
    reader.press(.enter)
    #expect(reader.state.body.article?.url == nil)
    reader.press(.character("F"))
    #expect(reader.state.status?.text == "This article has no http or https link to fetch")
  }
}
