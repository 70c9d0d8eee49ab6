import BylineCore
import Testing

@testable import BylineTUI

/// Issue 11: the panes share one scrolling type and one paging rule, Ctrl-C is an action of
/// the table, and the input mode is one value.
@Suite struct PaneScrollTests {
  @Test func pageIsTheRowsLessOneAndHalfAPageHalfTheRows() {
    #expect(Scroll.distance(of: .pageDown, rows: 10) == 9)
    #expect(Scroll.distance(of: .pageUp, rows: 10) == -9)
    #expect(Scroll.distance(of: .halfPageDown, rows: 10) == 5)
    #expect(Scroll.distance(of: .pageDown, rows: 1) == 1)
    #expect(Scroll.distance(of: .open, rows: 10) == nil)
    #expect(Scroll.clamped(50, rows: 10, count: 40) == 30)
    #expect(Scroll.clamped(-3, rows: 10, count: 4) == 0)
  }

  @Test func listAndBodyPageByTheSameRule() {
    var reader = ReaderHarness(articles: TestArticles.many(200), width: 80, height: 24)
    let listRows = reader.state.listRows
    reader.press(.pageDown)
    #expect(reader.state.list.selected == listRows - 1)
    var body = ReaderHarness(width: 80, height: 24)
    body.press(.character("G"), .character("k"), .enter, .pageDown)
    #expect(body.state.body.top == body.state.bodyRows - 1)
  }

  @Test func helpScrollsByTheSameRuleAndStopsAtItsEnd() {
    var reader = ReaderHarness(width: 80, height: 12)
    reader.press(.character("?"), .pageDown)
    guard case .help(let help) = reader.state.mode else {
      Issue.record("help not shown")
      return
    }
    #expect(help.top == HelpPane.rows(height: 12) - 1)
    reader.press(.character("G"))
    reader.resize(80, 40)
    guard case .help(let fitted) = reader.state.mode else { return }
    #expect(fitted.top == max(0, HelpContent.lineCount - HelpPane.rows(height: 40)))
  }

  @Test func controlCIsARebindableInterruptThatPromptsStillCancelOn() {
    var state = AppState(config: ReaderConfig(), themes: TestThemes.all)
    #expect(Update.apply(.key(.control("c")), to: &state) == [.interrupt])
    var keymap = Keymap()
    keymap.bind(.control("x"), to: .interrupt)
    keymap.bind(.control("c"), to: .redraw)
    var rebound = AppState(config: ReaderConfig(keymap: keymap), themes: TestThemes.all)
    #expect(Update.apply(.key(.control("x")), to: &rebound) == [.interrupt])
    #expect(Update.apply(.key(.control("c")), to: &rebound) == [.redraw])
    var reader = ReaderHarness(width: 80, height: 24)
    reader.press(.character("/"), .character("x"), .control("c"))
    #expect(reader.state.mode == .browsing)
    #expect(reader.terminalEffects.isEmpty)
  }

  @Test func listLoadsCarryTheFilterAndOrder() {
    var state = AppState(config: ReaderConfig(), themes: TestThemes.all)
    _ = Update.apply(.resized(width: 80, height: 24), to: &state)
    state.list.filter.unreadOnly = true
    state.list.order = .source
    #expect(Update.apply(.started, to: &state) == [.loadListCount(filter: state.list.filter)])
    #expect(
      Update.apply(.listCountLoaded(3), to: &state)
        == [.loadListPage(page: 0, filter: state.list.filter, order: .source)])
  }
}
