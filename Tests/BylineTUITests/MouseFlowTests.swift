import BylineCore
import Testing

@testable import BylineTUI

/// Issue 18 item 7: the wheel, clicks and the separator drag, hit-tested by the pure update.
@Suite struct MouseFlowTests {
  /// The clock of the reports below, in milliseconds; far enough apart not to make double
  /// clicks unless a test says so.
  static let slow = 10_000

  @Test func wheelScrollsThePaneUnderThePointerWithoutMovingTheFocus() throws {
    var reader = ReaderHarness(width: 120, height: 24)
    reader.press(.down, .enter)
    let layout = reader.state.paneLayout
    #expect(layout.isSideBySide)
    #expect(reader.state.focus == .body)
    // TestArticles' long article is first? Scroll whichever opened as far as it goes.
    let bodyTop = reader.state.body.top
    reader.mouse(.wheelDown, column: layout.body.x + 5, row: 3, at: 0)
    let lines = try #require(reader.state.body.layout).lines.count
    if lines > reader.state.bodyRows + 3 { #expect(reader.state.body.top == bodyTop + 3) }
    #expect(reader.state.list.selected == 1)

    reader.mouse(.wheelDown, column: 5, row: 3, at: 1)
    #expect(reader.state.list.selected == min(4, (reader.state.list.count ?? 1) - 1))
    #expect(reader.state.focus == .body)
    reader.mouse(.wheelUp, column: 5, row: 3, at: 2)
    #expect(reader.state.list.selected == 1)
  }

  @Test func wheelOverTheBodyScrollsTheLongArticleThreeLinesAtATime() {
    var reader = ReaderHarness(width: 80, height: 24)
    reader.press(.down, .down, .down, .down, .down, .enter)
    let body = reader.state.paneLayout.body
    #expect(!reader.state.paneLayout.isSideBySide)
    reader.mouse(.wheelDown, column: 10, row: body.y + 1, at: 0)
    reader.mouse(.wheelDown, column: 10, row: body.y + 1, at: 1)
    #expect(reader.state.body.top == 6)
    reader.mouse(.wheelUp, column: 10, row: body.y + 1, at: 2)
    #expect(reader.state.body.top == 3)
  }

  @Test func clickSelectsARowAndADoubleClickOpensIt() throws {
    var reader = ReaderHarness(width: 120, height: 24)
    reader.press(.enter)
    let opened = reader.state.body.article?.key
    reader.mouse(.press, column: 10, row: 2, at: 1_000)
    reader.mouse(.release, column: 10, row: 2, at: 1_050)
    #expect(reader.state.list.selected == 2)
    #expect(reader.state.focus == .list)
    #expect(reader.state.body.article?.key == opened)

    // A second press long after is another single click.
    reader.mouse(.press, column: 10, row: 2, at: 5_000)
    reader.mouse(.release, column: 10, row: 2, at: 5_050)
    #expect(reader.state.body.article?.key == opened)

    reader.mouse(.press, column: 11, row: 2, at: 5_200)
    reader.mouse(.release, column: 11, row: 2, at: 5_250)
    let row = try #require(reader.state.list.summary(at: 2))
    #expect(reader.state.body.article?.key == row.key)
    #expect(reader.state.focus == .body)
  }

  @Test func clickBelowTheLastRowOnlyFocusesTheList() {
    var reader = ReaderHarness(width: 120, height: 24)
    reader.press(.enter)
    reader.mouse(.press, column: 10, row: 20, at: 0)
    #expect(reader.state.focus == .list)
    #expect(reader.state.list.selected == 0)
  }

  @Test func clickOnAnEntityFocusesItAndASecondClickFollowsIt() throws {
    var reader = ReaderHarness(articles: SampleArticles.tagged, width: 100, height: 30)
    reader.press(.down, .enter, .character("z"))
    let (column, row) = try #require(reader.firstCell(role: EntityKind.person.styleRole))
    reader.mouse(.press, column: column, row: row, at: 0)
    reader.mouse(.release, column: column, row: row, at: 40)
    let focus = try #require(reader.state.navigation.focus)
    #expect(focus.entityID == "name:kim-dae-jung")
    #expect(reader.state.navigation.page == nil)
    #expect(reader.state.status?.text == "Kim Dae-jung · person · 4 articles")

    reader.mouse(.press, column: column, row: row, at: Self.slow)
    reader.mouse(.release, column: column, row: row, at: Self.slow + 40)
    let page = try #require(reader.state.navigation.page)
    #expect(page.entityID == "name:kim-dae-jung")
  }

  @Test func clickOnPlainTextLeavesTheFocusAlone() throws {
    var reader = ReaderHarness(articles: SampleArticles.tagged, width: 100, height: 30)
    reader.press(.down, .enter, .character("z"))
    let (column, row) = try #require(reader.firstCell(role: .bodyText))
    reader.mouse(.press, column: column, row: row, at: 0)
    #expect(reader.state.navigation.focus == nil)
    #expect(reader.state.navigation.page == nil)
  }

  @Test func clickOnAPageRowSelectsItAndADoubleClickChoosesIt() throws {
    var reader = ReaderHarness(articles: SampleArticles.tagged, width: 100, height: 30)
    reader.press(.down, .enter, .character("z"))
    let (column, row) = try #require(reader.firstCell(role: EntityKind.person.styleRole))
    reader.mouse(.press, column: column, row: row, at: 0)
    reader.mouse(.press, column: column, row: row, at: Self.slow)
    let page = try #require(reader.state.navigation.page)
    let body = reader.state.paneLayout.body
    let line = try #require(page.lineRange(ofItem: 1)).lowerBound - page.top
    reader.mouse(.press, column: 5, row: body.y + line, at: 2 * Self.slow)
    #expect(reader.state.navigation.page?.selected == 1)
    let item = reader.state.navigation.page?.selectedItem
    reader.mouse(.press, column: 5, row: body.y + line, at: 2 * Self.slow + 100)
    if case .mention(let key, _, _, _) = item {
      #expect(reader.state.navigation.page == nil)
      #expect(reader.state.body.article?.key == key)
    }
  }

  @Test func draggingTheSeparatorResizesTheListForTheSession() throws {
    var reader = ReaderHarness(width: 120, height: 24)
    reader.press(.enter)
    let before = reader.state.paneLayout
    let textWidth = reader.state.body.layout?.width
    reader.mouse(.press, column: before.separator.x, row: 5, at: 0)
    reader.mouse(.drag, column: before.separator.x + 12, row: 6, at: 30)
    reader.mouse(.drag, column: 70, row: 6, at: 60)
    reader.mouse(.release, column: 70, row: 6, at: 90)
    let after = reader.state.paneLayout
    #expect(reader.state.listWidth == 70)
    #expect(after.list.width == 70)
    #expect(after.separator.x == 70)
    #expect(after.body.x == 71)
    #expect(reader.state.body.layout?.width != textWidth)
    #expect(reader.rows[5].dropFirst(70).hasPrefix("│"))

    // Motion after the release moves nothing; the width stays after a resize.
    reader.mouse(.drag, column: 30, row: 6, at: 120)
    #expect(reader.state.listWidth == 70)
    reader.resize(110, 24)
    #expect(reader.state.paneLayout.list.width == 70)

    // Dragged too far, each pane keeps its minimum.
    reader.mouse(.press, column: 70, row: 2, at: Self.slow)
    reader.mouse(.drag, column: 109, row: 2, at: Self.slow + 30)
    #expect(reader.state.paneLayout.body.width == PaneLayout.minimumPaneWidth)
    reader.mouse(.drag, column: 0, row: 2, at: Self.slow + 60)
    #expect(reader.state.paneLayout.list.width == PaneLayout.minimumPaneWidth)
  }

  @Test func pressOnTheStackedSeparatorDragsNothing() {
    var reader = ReaderHarness(width: 80, height: 24)
    // The panes are stacked, with a separator, once an article is open.
    reader.press(.enter)
    let separator = reader.state.paneLayout.separator
    reader.mouse(.press, column: 10, row: separator.y, at: 0)
    reader.mouse(.drag, column: 10, row: separator.y + 3, at: 30)
    #expect(!reader.state.mouse.isDraggingSeparator)
    #expect(
      reader.state.paneLayout
        == PaneLayout(
          width: 80, height: 24, mode: .auto, readingMode: false))
  }

  @Test func wheelScrollsTheHelpAndPromptsIgnoreTheMouse() {
    var reader = ReaderHarness(width: 80, height: 12)
    reader.press(.character("?"))
    reader.mouse(.wheelDown, column: 5, row: 5, at: 0)
    if case .help(let help) = reader.state.mode { #expect(help.top == 3) }
    reader.press(.character("q"), .character("/"))
    reader.mouse(.press, column: 10, row: 2, at: 10)
    #expect(reader.state.mode == .searchingLibrary(""))
    #expect(reader.state.list.selected == 0)
  }

  @Test func doubleClickNeedsTheSamePlaceAndLittleTime() {
    var mouse = MouseState()
    let presses = [(4, 2, 100), (5, 2, 400), (5, 2, 450), (5, 3, 500), (5, 3, 1_000)].map {
      mouse.press(column: $0.0, row: $0.1, milliseconds: $0.2)
    }
    // The third press starts over; a press on another row, or too late, is a single click.
    #expect(presses == [false, true, false, false, false])
  }
}

extension ReaderHarness {
  /// Sends a left-button (or wheel) mouse report at `milliseconds`.
  mutating func mouse(_ kind: MouseEvent.Kind, column: Int, row: Int, at milliseconds: Int) {
    let button: MouseEvent.Button = kind == .wheelUp || kind == .wheelDown ? .unknown : .left
    terminalEffects += session.send(
      .mouse(MouseEvent(kind, button: button, column: column, row: row), milliseconds: milliseconds)
    )
  }

  /// The screen position of the first cell drawn in `role`.
  func firstCell(role: StyleRole) -> (column: Int, row: Int)? {
    let screen = self.screen
    guard let index = screen.cells.firstIndex(where: { $0.role == role }) else { return nil }
    return (index % screen.width, index / screen.width)
  }
}
