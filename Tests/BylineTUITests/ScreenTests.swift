import Testing

@testable import BylineTUI

@Suite struct ScreenTests {
  @Test func wideGlyphTakesTwoCellsWithMarkedContinuation() {
    var screen = Screen(width: 6, height: 1)
    let end = screen.put("a서b", column: 0, row: 0, role: .bodyText)
    #expect(end == 4)
    #expect(screen[1, 0].character == "서")
    #expect(screen[1, 0].width == 2)
    #expect(screen[2, 0].isContinuation)
    #expect(screen[3, 0].character == "b")
  }

  @Test func wideGlyphThatDoesNotFitBeforeClipEdgeBecomesBlank() {
    var screen = Screen(width: 5, height: 1)
    let clip = Rect(x: 0, y: 0, width: 3, height: 1)
    screen.put("ab北京", column: 0, row: 0, role: .bodyText, clip: clip)
    #expect(screen.text(ofRow: 0) == "ab   ")
    #expect(screen[2, 0].role == .bodyText)
    #expect(screen[3, 0].role == .normal)
  }

  @Test func overwritingHalfAWideGlyphBlanksTheOtherHalf() {
    var screen = Screen(width: 4, height: 1)
    screen.put("北", column: 0, row: 0, role: .bodyText)
    screen.put("x", column: 1, row: 0, role: .bodyText)
    #expect(screen.text(ofRow: 0) == " x  ")
    #expect(!screen[0, 0].isContinuation && screen[0, 0].width == 1)
  }

  @Test func controlCharactersBecomeVisibleReplacements() {
    var screen = Screen(width: 12, height: 1)
    screen.put("a\u{1B}]0;x\u{07}\u{9B}\u{202E}b\u{AD}c", column: 0, row: 0, role: .bodyText)
    let text = screen.text(ofRow: 0)
    #expect(text.hasPrefix("a\u{241B}]0;x\u{2407}\u{FFFD}\u{FFFD}bc"))
    for scalar in text.unicodeScalars {
      #expect(!TerminalSafety.isForbidden(scalar))
    }
  }

  @Test func diffReportsOnlyChangedRunsAndWholeWideGlyphs() {
    var old = Screen(width: 10, height: 2)
    old.put("hello 北京", column: 0, row: 0, role: .bodyText)
    var new = old
    new.put("y", column: 1, row: 1, role: .bodyText)
    #expect(new.diff(from: old).map(\.row) == [1])
    #expect(new.diff(from: old).first?.column == 1)
    var wide = old
    wide.put("東", column: 8, row: 0, role: .bodyText)
    let runs = wide.diff(from: old)
    #expect(runs.count == 1)
    #expect(runs.first?.column == 8)
    #expect(runs.first?.cells.count == 2)
    #expect(new.diff(from: nil).count == 2)
  }

  @Test func diffOfIdenticalScreensIsEmpty() {
    var screen = Screen(width: 8, height: 3)
    screen.put("same", column: 2, row: 1, role: .title)
    #expect(screen.diff(from: screen).isEmpty)
  }

  @Test func truncatesByColumnsWithEllipsis() {
    #expect(TextFit.truncated("서울시 지하철", toColumns: 6) == "서울…")
    #expect(TextFit.truncated("short", toColumns: 10) == "short")
    #expect(TextFit.truncated("exactly", toColumns: 7) == "exactly")
    #expect(TextFit.truncated("exactly!", toColumns: 7) == "exactl…")
    #expect(TextFit.truncated("北京", toColumns: 1) == "…")
  }
}
