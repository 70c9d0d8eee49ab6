import BylineCore
import Foundation
import Testing

@testable import BylineTUI

/// Issue 12 item 5: the reader's sources view (`c`) lists every source with its unread and
/// article counts, last update and, for a feed whose last fetch failed, why; `Enter` on one shows
/// its articles in the list, with the other filters kept, and `Esc` clears it like any filter.
@Suite struct SourcesViewFlowTests {
  static let sources = [
    SourceSummary(
      kind: "folder", location: "/home/ann/news", articles: 1_204, unread: 17,
      lastUpdate: TestArticles.date(9)),
    SourceSummary(
      kind: "feed", title: "Example Wire", location: "https://example.org/rss.xml",
      articles: 50, unread: 0, lastUpdate: TestArticles.date(8), outcome: "not modified",
      folder: "World"),
    SourceSummary(
      kind: "feed", title: "Gone Daily", location: "https://gone.example/feed", articles: 3,
      unread: 3, lastUpdate: TestArticles.date(7), outcome: "HTTP 404"),
  ]

  @Test func sourceListShowsCountsUpdatesAndWhyAFeedFailed() {
    var page = PageState.sourceList(Self.sources)
    page.select(1, visibleRows: 12)
    var screen = Screen(width: 72, height: 12)
    PageView(page: page, isFocused: true).render(in: screen.bounds, on: &screen)
    let text = screen.snapshot()
    assertSnapshot(text, named: "sources-view-72x12")
    #expect(text.contains("Sources: 3 · 20 unread · 1 failed"))
    #expect(text.contains("17 unread / 1,204 articles · updated 2024-03-10"))
    #expect(text.contains("feed in World · https://example.org/rss.xml"))
    #expect(text.contains("last fetch failed: HTTP 404"))
    #expect(!text.contains("last fetch failed: not modified"))
  }

  @Test func emptyLibrarySaysHowToAddASource() {
    let page = PageState.sourceList([])
    #expect(page.items.isEmpty)
    #expect(page.lines.contains { $0.pieces.contains { $0.text.contains("byline add URL") } })
  }

  @Test func cListsTheStoresSourcesAndEnterShowsOnesArticles() {
    var reader = ReaderHarness(width: 120, height: 20)
    reader.press(.character("c"))
    #expect(reader.state.focus == .body)
    let shown = reader.rows.joined(separator: "\n")
    #expect(shown.contains("Sources: 7 · 7 unread"))
    #expect(shown.contains("/news/wire/fed.txt"))
    #expect(reader.rows.last?.contains("sources  1/7") == true)
    // The second source, newest first: the Seoul article's address.
    reader.press(.character("j"), .enter)
    #expect(reader.state.navigation.page == nil)
    #expect(reader.state.focus == .list)
    #expect(reader.state.list.filter.sourcePaths == ["https://news.example.kr/seoul/123"])
    #expect(reader.state.list.count == 1)
    #expect(reader.rows.joined().contains("in https://news.example.kr/seoul/123 (1)"))
    #expect(
      reader.rows.last?.contains("List: articles of https://news.example.kr/seoul/123") == true)
    #expect(reader.state.list.summary(at: 0)?.key == TestArticles.seoul.key)
    reader.press(.escape)
    #expect(reader.state.list.filter == .all)
    #expect(reader.state.list.count == TestArticles.all.count)
  }

  @Test func sourceFilterKeepsTheOtherFilters() {
    var reader = ReaderHarness(width: 120, height: 20)
    reader.press(.enter)  // opens (and reads) the newest article, from /news/wire/fed.txt
    reader.press(.character("q"), .character("u"))
    #expect(reader.state.list.filter.unreadOnly)
    reader.press(.character("c"), .enter)
    #expect(reader.state.list.filter.unreadOnly)
    #expect(reader.state.list.filter.sourcePaths == ["/news/wire/fed.txt"])
    #expect(reader.state.list.count == 0)
    #expect(reader.rows.joined().contains("in /news/wire/fed.txt · unread (0)"))
    reader.press(.character("u"))
    #expect(reader.state.list.count == 1)
    #expect(reader.state.list.filter.sourcePaths == ["/news/wire/fed.txt"])
  }

  @Test func backspaceFromTheSourcesViewReturnsToTheOpenArticle() {
    var reader = ReaderHarness(width: 120, height: 20)
    reader.press(.enter)
    let article = reader.state.body.article?.key
    reader.press(.character("c"))
    #expect(reader.rows.joined().contains("Sources: 7"))
    reader.press(.backspace)
    #expect(reader.state.navigation.page == nil)
    #expect(reader.state.body.article?.key == article)
    #expect(reader.state.focus == .body)
    reader.press(.character("c"), .enter)
    #expect(reader.state.navigation.page == nil)
    #expect(reader.state.body.article?.key == article)
    #expect(reader.state.focus == .list)
    #expect(reader.state.list.filter.sourcePaths == ["/news/wire/fed.txt"])
  }

  @Test func theSourcesViewNamesAFeedByItsTitleInTheListHeader() {
    var state = AppState(config: ReaderConfig(), themes: TestThemes.all)
    _ = Update.apply(.resized(width: 100, height: 20), to: &state)
    _ = Update.apply(.sourcesLoaded(Self.sources), to: &state)
    _ = Update.apply(.key(.character("j")), to: &state)
    let effects = Update.apply(.key(.enter), to: &state)
    #expect(
      effects.contains(
        .loadListCount(filter: ArticleFilter(sourcePaths: ["https://example.org/rss.xml"]))))
    #expect(state.list.headerText()?.hasPrefix("in Example Wire") == true)
    #expect(state.status?.text == "List: articles of Example Wire")
  }
}
