import BylineCore
import Testing

@testable import BylineTUI

/// Issue 18: `Esc` does what a reader expects everywhere — in the article it returns to the
/// list (leaving reading mode first), on the help screen it closes it, in the list it clears
/// the filters — and `r` in a reader that cannot index says why.
@Suite struct BackKeyFlowTests {
  @Test func escapeInTheArticleReturnsToTheList() {
    var reader = ReaderHarness(width: 100, height: 20)
    reader.press(.enter)
    #expect(reader.state.focus == .body)
    reader.press(.escape)
    #expect(reader.state.focus == .list)
    #expect(reader.state.status == nil)
    #expect(!reader.state.isQuitting)
    // In the list, Esc with no filter does nothing; it never quits.
    reader.press(.escape)
    #expect(!reader.state.isQuitting)
    #expect(reader.state.status == nil)
  }

  @Test func escapeLeavesReadingModeBackToWhereTheUserWas() {
    var reader = ReaderHarness(width: 100, height: 20)
    reader.press(.character("z"))
    #expect(reader.state.readingMode)
    reader.press(.escape)
    #expect(!reader.state.readingMode)
    #expect(reader.state.focus == .list)
  }

  @Test func escapeClosesTheHelp() {
    var reader = ReaderHarness(width: 100, height: 20)
    reader.press(.character("?"))
    guard case .help = reader.state.mode else {
      Issue.record("the help is not shown")
      return
    }
    reader.press(.escape)
    #expect(reader.state.mode == .browsing)
  }

  @Test func escapeIsListedForBackInTheHelp() {
    let help = HelpView(keymap: Keymap(), top: 0).lines().map { $0.pieces.map(\.text).joined() }
    #expect(help.contains { $0.contains("Esc") && $0.contains("Back: close help") })
  }

  @Test func reindexInAReaderThatCannotIndexSaysWhy() {
    var session = ReaderSession(
      store: InMemoryArticleStore(articles: TestArticles.all), config: ReaderConfig(),
      themes: TestThemes.all,
      whyNotIndexed: "Read-only library: nothing can be indexed or marked (the file is read-only)")
    _ = session.start(width: 100, height: 20)
    session.press([.character("r")])
    #expect(
      session.state.status?.text.hasPrefix("Read-only library: nothing can be indexed") == true)
  }
}
