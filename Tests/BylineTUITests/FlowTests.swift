import BylineCore
import Testing

@testable import BylineTUI

@Suite struct FlowTests {
  @Test func opensArticleSideBySideOnWideTerminal() {
    var reader = ReaderHarness(width: 120, height: 24)
    reader.press(.enter)
    #expect(reader.state.paneLayout.isSideBySide)
    #expect(reader.state.focus == .body)
    assertSnapshot(reader.snapshot, named: "flow-open-side-120x24")
  }

  @Test func stacksPanesOnNarrowTerminalAndScrollsBody() {
    var reader = ReaderHarness(width: 80, height: 24)
    reader.press(.down, .down, .down, .down, .down, .enter)
    reader.press(.character("j"), .character("j"), .character(" "))
    #expect(!reader.state.paneLayout.isSideBySide)
    assertSnapshot(reader.snapshot, named: "flow-stacked-scrolled-80x24")
  }

  @Test func readingModeFillsTheScreenAndQLeavesIt() {
    var reader = ReaderHarness(width: 100, height: 20)
    reader.press(.enter, .character("z"))
    #expect(reader.state.readingMode)
    assertSnapshot(reader.snapshot, named: "flow-reading-mode-100x20")
    reader.press(.character("q"))
    #expect(!reader.state.readingMode)
    #expect(reader.state.focus == .body)
    reader.press(.character("z"), .character("z"))
    #expect(!reader.state.readingMode)
  }

  @Test func findMarksMatchesAndNextMovesToTheNextOne() {
    var reader = ReaderHarness(width: 80, height: 24)
    reader.press(.character("G"), .enter)
    #expect(reader.state.body.article?.key == TestArticles.undated.key)
    reader.press(.character("q"), .character("k"), .enter)
    #expect(reader.state.body.article?.key == TestArticles.long.key)
    reader.type("/")
    reader.type("PARAGRAPH 1")
    reader.press(.enter)
    // "Paragraph 1" matches paragraphs 1 and 10–19.
    #expect(reader.state.search.matches.count == 11)
    reader.press(.character("n"), .character("n"))
    #expect(reader.state.search.current == 2)
    assertSnapshot(reader.snapshot, named: "flow-find-80x24")
    reader.press(.character("N"))
    #expect(reader.state.search.current == 1)
  }

  @Test func resizeKeepsTheParagraphAtTheTop() {
    var reader = ReaderHarness(width: 120, height: 40)
    reader.press(.character("G"), .character("k"), .enter, .control("d"), .control("d"))
    let anchor = reader.state.body.anchor
    #expect(anchor.paragraph > 3)
    func topParagraph(_ reader: ReaderHarness) -> Int? {
      reader.state.body.layout?.lines[reader.state.body.top].paragraph
    }
    #expect(topParagraph(reader) == anchor.paragraph)
    reader.resize(60, 20)
    #expect(topParagraph(reader) == anchor.paragraph)
    assertSnapshot(reader.snapshot, named: "flow-resize-60x20")
    reader.resize(200, 50)
    #expect(topParagraph(reader) == anchor.paragraph)
    reader.resize(120, 40)
    #expect(reader.state.body.anchor.paragraph == anchor.paragraph)
  }

  @Test func tinyTerminalShowsTooSmallAndRecovers() {
    var reader = ReaderHarness(width: 80, height: 24)
    reader.press(.enter)
    reader.resize(19, 5)
    assertSnapshot(reader.snapshot, named: "flow-too-small-19x5")
    reader.resize(80, 24)
    #expect(reader.rows[0].contains("The Federal Reserve holds rates"))
  }

  @Test func helpOpensAndCloses() {
    var reader = ReaderHarness(width: 80, height: 24)
    reader.press(.character("?"))
    #expect(reader.state.showsHelp)
    #expect(reader.rows[0].contains("Byline keys"))
    reader.press(.character("j"), .character("q"))
    #expect(!reader.state.showsHelp)
    #expect(reader.terminalEffects.isEmpty)
  }

  @Test func qGoesBackThenQuitsAndSavesTheReadingPosition() throws {
    var reader = ReaderHarness(width: 80, height: 24)
    reader.press(.character("G"), .character("k"), .enter, .pageDown, .pageDown)
    let paragraph = reader.state.body.topParagraph
    #expect(paragraph > 0)
    reader.press(.character("q"))
    #expect(reader.state.focus == .list)
    #expect(reader.terminalEffects.isEmpty)
    reader.press(.character("q"))
    #expect(reader.terminalEffects == [.quit])
    let saved = try reader.store.readingState(for: TestArticles.long.key)
    #expect(saved.isRead)
    #expect(saved.lastParagraph == paragraph)
  }

  @Test func reopeningAnArticleRestoresTheSavedParagraph() throws {
    var reader = ReaderHarness(width: 80, height: 24)
    try reader.store.setReadingState(
      ReadingState(isRead: true, lastParagraph: 12), for: TestArticles.long.key)
    reader.press(.character("G"), .character("k"), .enter)
    let top = reader.state.body.layout?.lines[reader.state.body.top]
    #expect(top?.paragraph == 12)
    #expect(top?.firstOffset == 0, "the paragraph's first line, not the blank line before it")
  }

  @Test func openingMarksTheRowRead() {
    var reader = ReaderHarness(width: 80, height: 24)
    #expect(reader.rows[0].hasPrefix("● "))
    reader.press(.enter, .character("q"))
    #expect(reader.rows[0].hasPrefix("  The Federal"))
  }

  @Test func themeKeyCyclesThemes() {
    var reader = ReaderHarness(width: 80, height: 24)
    let names = TestThemes.all.map(\.name)
    reader.press(.character("t"))
    #expect(reader.state.theme.name == names[1])
    #expect(reader.state.status?.text == "Theme: \(names[1])")
    for _ in 1..<names.count { reader.press(.character("t")) }
    #expect(reader.state.theme.name == names[0])
  }

  /// In the body `Tab` moves between entities (issue 5); `w` switches panes everywhere and
  /// `Tab` still does from the list.
  @Test func switchPaneWorksWithTabAndW() {
    var reader = ReaderHarness(width: 120, height: 24)
    reader.press(.enter)
    #expect(reader.state.focus == .body)
    reader.press(.character("w"))
    #expect(reader.state.focus == .list)
    reader.press(.tab)
    #expect(reader.state.focus == .body)
    reader.press(.tab)
    #expect(reader.state.focus == .body)
  }

  @Test func reboundKeyTriggersItsNewAction() {
    var config = ReaderConfig()
    _ = ConfigParser.apply("bind J bottom\n", file: "config", to: &config)
    var reader = ReaderHarness(width: 80, height: 24, config: config)
    reader.press(.character("J"))
    #expect(reader.state.list.selected == TestArticles.all.count - 1)
  }

  @Test func statusLineShowsArticleNumberAndPercent() {
    var reader = ReaderHarness(width: 80, height: 24)
    reader.press(.character("G"), .character("k"), .enter)
    let status = reader.rows[23]
    #expect(status.contains("article 6/7"))
    #expect(status.contains("%"))
    reader.press(.character("G"))
    #expect(reader.rows[23].contains("100%"))
  }

  /// SIGHUP and the other signals send `.shutdown` before exiting: the position is saved.
  @Test func shutdownSavesTheReadingPosition() throws {
    var reader = ReaderHarness(width: 80, height: 24)
    reader.press(.character("G"), .character("k"), .enter, .control("d"), .control("d"))
    let paragraph = reader.state.body.topParagraph
    #expect(paragraph > 0)
    reader.session.send(.shutdown)
    #expect(try reader.store.readingState(for: TestArticles.long.key).lastParagraph == paragraph)
  }
}
