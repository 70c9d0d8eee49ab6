import Testing

@testable import BylineTUI

/// Finding the rows a terminal can move by itself between two frames.
@Suite struct ScrollBandTests {
  /// A frame of `height` rows: a header row, `lines` from `first` in the body rows, a status.
  private func frame(first: Int, width: Int = 12, height: Int = 8, status: String = "50%")
    -> Screen
  {
    var screen = Screen(width: width, height: height)
    screen.put("header", column: 0, row: 0, role: .listNormal)
    for row in 1..<(height - 1) {
      screen.put("line \(first + row)", column: 0, row: row, role: .bodyText)
    }
    screen.put(status, column: 0, row: height - 1, role: .status)
    return screen
  }

  @Test func oneLineDownIsABandMovingUpAboveAStatusThatChanged() throws {
    let before = frame(first: 0)
    let after = frame(first: 1, status: "51%")
    let band = try #require(after.scrollBand(from: before))
    #expect(band == ScrollBand(top: 1, bottom: 6, shift: 1))
    let shifted = before.shifted(by: band)
    #expect((1...5).map { shifted.text(ofRow: $0) } == (1...5).map { after.text(ofRow: $0) })
    #expect(shifted.text(ofRow: 6).allSatisfy { $0 == " " })
    #expect(shifted.text(ofRow: 7) == before.text(ofRow: 7))
    #expect(shifted.text(ofRow: 0) == before.text(ofRow: 0))
    // What is left to draw after the move: the uncovered row and the status.
    #expect(Set(after.diff(from: shifted).map(\.row)) == [6, 7])
  }

  @Test func linesUpIsABandMovingDown() throws {
    let before = frame(first: 5)
    let after = frame(first: 3)
    let band = try #require(after.scrollBand(from: before))
    #expect(band == ScrollBand(top: 1, bottom: 6, shift: -2))
    #expect(Set(after.diff(from: before.shifted(by: band)).map(\.row)) == [1, 2])
  }

  @Test func wideGlyphsMoveWithTheirRow() throws {
    var before = frame(first: 0)
    before.put("서울 北京", column: 0, row: 3, role: .bodyText)
    var after = frame(first: 1)
    after.put("서울 北京", column: 0, row: 2, role: .bodyText)
    let band = try #require(after.scrollBand(from: before))
    let shifted = before.shifted(by: band)
    #expect(shifted.text(ofRow: 2) == after.text(ofRow: 2))
    #expect(shifted[1, 2].isContinuation)
  }

  @Test func noBandWhenNothingMovedOrTooLittleWouldBeSaved() {
    let before = frame(first: 0)
    #expect(before.scrollBand(from: before) == nil)
    // A page: every body row is new, nothing to move.
    #expect(frame(first: 6).scrollBand(from: before) == nil)
    // Another size: a full redraw, not a move.
    #expect(frame(first: 1, height: 9).scrollBand(from: before) == nil)
    // Rows that only look the same because they are all blank do not make a band.
    let blank = Screen(width: 12, height: 8)
    var oneLine = blank
    oneLine.put("x", column: 0, row: 4, role: .bodyText)
    #expect(oneLine.scrollBand(from: blank) == nil)
  }

  @Test func aRowThatDiffersOnlyInRoleIsNotTheSameRow() {
    let before = frame(first: 0)
    var after = frame(first: 1)
    for row in 1..<7 { after.setRole(.bodyHeading, row: row, columns: 0..<12) }
    #expect(after.scrollBand(from: before) == nil)
  }
}
