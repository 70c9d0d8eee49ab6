import BylineCore
import Foundation
import Testing

@testable import BylineTUI

/// The list's fair share of the screen (issue 18 item 6): the whole screen until an article
/// opens, at least 40% of the width beside it, the selection kept at the top while a first
/// index fills the list, and the help saying that it scrolls.
@Suite struct ListLayoutTests {
  @Test func listTakesTheWholeScreenUntilAnArticleOpens() {
    for mode in LayoutMode.allCases {
      let layout = PaneLayout(
        width: 120, height: 30, mode: mode, readingMode: false, articleOpen: false)
      #expect(layout.list == Rect(x: 0, y: 0, width: 120, height: 29))
      #expect(layout.body.isEmpty)
      #expect(layout.separator.isEmpty)
    }
  }

  @Test func sideBySideListTakesAtLeastFortyPercent() {
    for width in stride(from: 20, through: 300, by: 1) {
      let layout = PaneLayout(width: width, height: 30, mode: .side, readingMode: false)
      #expect(layout.list.width * 100 >= width * 40, "\(width)")
      #expect(layout.body.width >= 9, "\(width)")
      #expect(layout.list.width + 1 + layout.body.width == width)
    }
  }

  @Test func wideSideBySideListShowsWholeTitles() {
    var reader = ReaderHarness(width: 200, height: 12)
    assertSnapshot(reader.snapshot, named: "list-full-width-200x12")
    reader.press(.enter)
    #expect(reader.state.paneLayout.list.width == 80)
    #expect(reader.rows[1].contains("서울시, 공항까지 가는 새 지하철 노선 발표 "))
    assertSnapshot(reader.snapshot, named: "list-side-200x12")
  }

  @Test func openingTheFirstArticleKeepsTheSelectionInView() {
    var reader = ReaderHarness(articles: TestArticles.many(40), width: 80, height: 24)
    reader.press(.character("G"), .enter)
    #expect(reader.state.list.selected == 39)
    let rows = reader.state.listRows
    #expect(reader.state.list.top == 40 - rows)
  }

  @Test func tabDoesNotFocusAnEmptyBody() {
    var reader = ReaderHarness(width: 100, height: 20)
    reader.press(.tab)
    #expect(reader.state.focus == .list)
  }

  @Test func helpSaysItScrollsWithPageAndArrows() {
    var reader = ReaderHarness(width: 90, height: 20)
    reader.press(.character("?"))
    let lines = HelpView(keymap: reader.state.config.keymap, top: 0).lines().count
    // 19 rows; each page down moves 18 lines.
    let pages = 1 + (lines - 19 + 17) / 18
    #expect(reader.rows[0].hasSuffix("1/\(pages) ↓ "))
    reader.press(.pageDown)
    #expect(reader.rows[0].hasSuffix("2/\(pages) ↑↓ "))
    reader.press(.character("G"))
    #expect(reader.rows[0].hasSuffix("\(pages)/\(pages) ↑ "))
    var tall = ReaderHarness(width: 90, height: 200)
    tall.press(.character("?"))
    #expect(!tall.rows[0].contains("1/1"))
  }
}

/// Where the selection goes when the list under it changes (issue 18 item 6).
@Suite struct ListSelectionFlowTests {
  @Test func selectionStaysAtTheTopWhileTheFirstIndexFillsTheList() throws {
    let temporary = try TemporaryLibrary(articles: [TestArticles.long])
    defer { temporary.remove() }
    try temporary.index()
    var session = ReaderSession(
      store: temporary.library, config: ReaderConfig(), themes: TestThemes.all)
    _ = session.start(width: 100, height: 20)
    #expect(session.state.list.summary(at: 0)?.key == TestArticles.long.key)
    let newer = [TestArticles.federal, TestArticles.seoul]
    try temporary.add(newer)
    try temporary.indexer(extra: newer).run()
    session.send(.indexingStarted)
    session.send(
      .indexingProgress(
        IndexProgress(filesDone: 3, filesTotal: 3, articlesWritten: 2, elapsed: 1)))
    #expect(session.state.list.selected == 0)
    #expect(session.state.list.summary(at: 0)?.key == TestArticles.federal.key)
    // Off the top, the selection follows its article as newer ones arrive above it.
    session.press([.character("G")])
    #expect(session.state.list.summary(at: 2)?.key == TestArticles.long.key)
    try temporary.add([TestArticles.beijing])
    try temporary.indexer(extra: [TestArticles.beijing]).run()
    session.send(.indexingStarted)
    session.send(
      .indexingProgress(
        IndexProgress(filesDone: 4, filesTotal: 4, articlesWritten: 1, elapsed: 1)))
    #expect(session.state.list.selected == 3)
    #expect(session.state.list.summary(at: 3)?.key == TestArticles.long.key)
  }

  @Test func escapeAfterCommandLineSourcesKeepsTheSelectedArticle() {
    var session = ReaderSession(
      store: InMemoryArticleStore(articles: TestArticles.all), config: ReaderConfig(),
      themes: TestThemes.all)
    session.send(.showSources(["/news/cn", "/news/fr/cafe.txt"]))
    _ = session.start(width: 100, height: 20)
    session.press([.character("j")])
    #expect(session.state.list.summary(at: 1)?.key == TestArticles.cafe.key)
    session.press([.escape])
    #expect(session.state.list.count == TestArticles.all.count)
    #expect(
      session.state.list.summary(at: session.state.list.selected)?.key == TestArticles.cafe.key)
  }
}
