import BylineCore
import Testing

@testable import BylineTUI

/// What goes on the wire for a frame, through the same ``FrameWriter`` path as the terminal:
/// each test draws on a ``RecordingBackend`` and checks the operations, and that the terminal
/// then shows exactly the frame.
@Suite struct FrameWriterTests {
  /// A frame of `height` rows: a header row, `lines` from `first` in the body rows, a status.
  private func frame(
    first: Int, width: Int = 30, height: Int = 8, status: String = "50%",
    line: (Int) -> String = { "line \($0) of the article text" }
  ) -> Screen {
    var screen = Screen(width: width, height: height)
    screen.put("header", column: 0, row: 0, role: .listNormal)
    for row in 1..<(height - 1) {
      screen.put(line(first + row), column: 0, row: row, role: .bodyText)
    }
    screen.put(status, column: 0, row: height - 1, role: .status)
    return screen
  }

  /// Draws `frames` in turn; the terminal must show each one after its operations.
  private func draw(_ frames: [Screen], canMoveRows: Bool = true) -> RecordingBackend {
    let backend = RecordingBackend(
      width: frames[0].width, height: frames[0].height, canMoveRows: canMoveRows)
    for frame in frames { backend.draw(frame, theme: Theme.builtInDefault) }
    #expect(backend.shown == frames)
    return backend
  }

  private func moves(_ operations: [FrameOperation]) -> [ScrollBand] {
    operations.compactMap { if case .moveRows(let band) = $0 { band } else { nil } }
  }

  private func runs(_ operations: [FrameOperation]) -> [CellRun] {
    operations.compactMap { if case .put(let run) = $0 { run } else { nil } }
  }

  @Test func firstFrameWritesEveryRowAndAnUnchangedFrameNothing() {
    let screen = frame(first: 0)
    let backend = draw([screen, screen])
    #expect(runs(backend.operations[0]).map(\.row) == Array(0..<8))
    #expect(runs(backend.operations[0]).allSatisfy { $0.column == 0 && $0.cells.count == 30 })
    #expect(backend.operations[1].isEmpty)
  }

  @Test func changedCellsGoOutAsRunsWithTheirRoles() {
    let before = frame(first: 0)
    var after = before
    after.put("LINE", column: 0, row: 3, role: .title)
    after.put("51%", column: 0, row: 7, role: .status)
    let backend = draw([before, after])
    let written = runs(backend.operations[1])
    #expect(moves(backend.operations[1]).isEmpty)
    #expect(written.map(\.row) == [3, 7])
    #expect(
      written[0].column == 0 && written[0].cells.map(\.role) == Array(repeating: .title, count: 4))
    #expect(written[1].column == 1 && String(written[1].cells.map(\.character)) == "1")
  }

  /// A wide glyph is written whole: a change to either half writes the run from its left half,
  /// and a narrow glyph over its left half leaves no stale right half on the terminal.
  @Test func wideGlyphsAreWrittenWhole() {
    var before = Screen(width: 12, height: 3)
    before.put("서울 x", column: 0, row: 1, role: .bodyText)
    var after = before
    after.put("서", column: 2, row: 1, role: .title)
    var narrowed = after
    narrowed.put("ab", column: 0, row: 1, role: .bodyText)
    let backend = draw([before, after, narrowed])
    let wide = runs(backend.operations[1])
    #expect(wide.map(\.column) == [2])
    #expect(wide.first?.cells.map(\.width) == [2, 0])
    let narrow = runs(backend.operations[2])
    #expect(narrow.map(\.column) == [0])
    #expect(backend.terminal.text(ofRow: 1).hasPrefix("ab서"))
  }

  @Test func textMovingUpIsOneMoveThenTheUncoveredRowAndTheStatus() throws {
    let backend = draw([frame(first: 0), frame(first: 1, status: "51%")])
    let operations = backend.operations[1]
    #expect(moves(operations) == [ScrollBand(top: 1, bottom: 6, shift: 1)])
    #expect(operations.first == .moveRows(ScrollBand(top: 1, bottom: 6, shift: 1)))
    #expect(Set(runs(operations).map(\.row)) == [6, 7])
  }

  @Test func textMovingDownIsOneMoveThenTheUncoveredRows() {
    let backend = draw([frame(first: 5), frame(first: 3)])
    let operations = backend.operations[1]
    #expect(moves(operations) == [ScrollBand(top: 1, bottom: 6, shift: -2)])
    #expect(Set(runs(operations).map(\.row)) == [1, 2])
  }

  /// `vt100` cannot insert or delete lines: the frame goes out as a plain diff.
  @Test func aTerminalThatCannotMoveRowsGetsEveryChangedRow() {
    let backend = draw([frame(first: 0), frame(first: 1)], canMoveRows: false)
    #expect(moves(backend.operations[1]).isEmpty)
    #expect(Set(runs(backend.operations[1]).map(\.row)) == Set(1...6))
  }

  /// The byte budget: rows that differ from their old text in a cell or two are cheaper to
  /// patch in place than to move, when the move would leave a long row to write in full.
  @Test func aMoveThatCostsMoreBytesThanItSavesIsNotMade() throws {
    let padded: (Int) -> String = {
      "entry \($0 % 10) of a long list whose rows differ in one digit"
    }
    let before = frame(first: 0, width: 70, height: 6, line: padded)
    let after = frame(first: 1, width: 70, height: 6, line: padded)
    let band = try #require(after.scrollBand(from: before))
    let moved = after.diff(from: before.shifted(by: band))
    #expect(!FrameWriter.isWorthMoving(band, runs: moved, from: before, to: after))
    let backend = draw([before, after])
    #expect(moves(backend.operations[1]).isEmpty)
    #expect(runs(backend.operations[1]).allSatisfy { $0.cells.count == 1 })
  }

  @Test func aMoveThatSavesBytesIsMade() throws {
    let before = frame(first: 0, width: 40, height: 6)
    let after = frame(first: 1, width: 40, height: 6)
    let band = try #require(after.scrollBand(from: before))
    let moved = after.diff(from: before.shifted(by: band))
    #expect(FrameWriter.isWorthMoving(band, runs: moved, from: before, to: after))
    #expect(FrameWriter.estimatedBytes(moved) + FrameWriter.moveBytes(band) < 100)
  }

  /// After Ctrl-L (or another program) the terminal is cleared and written in full; after a
  /// resize or a theme change it is written in full without a clear.
  @Test func invalidateClearsFirstAndForgettingDoesNot() {
    let screen = frame(first: 0)
    let backend = RecordingBackend(width: 30, height: 8)
    backend.draw(screen, theme: Theme.builtInDefault)
    backend.invalidate()
    backend.draw(screen, theme: Theme.builtInDefault)
    #expect(backend.operations[1].first == .clear)
    #expect(runs(backend.operations[1]).count == 8)
    backend.draw(screen, theme: TestThemes.all[1])
    #expect(backend.operations[2].first != .clear)
    #expect(runs(backend.operations[2]).count == 8)
    let larger = frame(first: 0, width: 40, height: 9)
    backend.draw(larger, theme: TestThemes.all[1])
    #expect(runs(backend.operations[3]).count == 9)
    #expect(backend.shown == backend.frames)
  }

  /// The reader scrolled both ways, paged, repainted and resized: every frame the runtime
  /// draws reaches the terminal exactly, and scrolling in the stacked layout moves rows.
  @Test func theReaderScrollingThroughAnArticleReachesTheTerminalExactly() {
    let keys: [Key] =
      [.enter] + Array(repeating: .character("j"), count: 6) + [.character(" "), .control("l")]
      + Array(repeating: .character("k"), count: 4) + [.character("z"), .character("j")]
    let backend = RecordingBackend(
      width: 80, height: 24,
      events: keys.map(TerminalEvent.key) + [
        .resized(width: 70, height: 20), .key(.character("j")),
      ]
        + [.key(.character("Q"))])
    let store = InMemoryArticleStore(articles: [TestArticles.long])
    let session = ReaderSession(
      store: store, config: ReaderConfig(layout: .stacked), themes: TestThemes.all)
    var runtime = ReaderRuntime(session: session, backend: backend)
    #expect(runtime.run(notices: []) == 0)
    #expect(backend.shown == backend.frames)
    #expect(backend.operations.contains { !moves($0).isEmpty })
    #expect(backend.operations.contains { $0.first == .clear })
  }
}
