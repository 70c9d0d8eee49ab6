import Testing

@testable import BylineTUI

/// Decoding of xterm SGR mouse reports (mode 1006), as Byline reads them where curses cannot.
@Suite struct MouseEventTests {
  @Test func decodesPressReleaseDragAndWheel() {
    #expect(MouseEvent(sgr: "0;10;5M") == MouseEvent(.press, column: 9, row: 4))
    #expect(MouseEvent(sgr: "0;10;5m") == MouseEvent(.release, column: 9, row: 4))
    #expect(MouseEvent(sgr: "32;12;5M") == MouseEvent(.drag, column: 11, row: 4))
    #expect(MouseEvent(sgr: "2;1;1M") == MouseEvent(.press, button: .right, column: 0, row: 0))
    #expect(
      MouseEvent(sgr: "64;3;4M") == MouseEvent(.wheelUp, button: .unknown, column: 2, row: 3))
    #expect(
      MouseEvent(sgr: "65;300;4M") == MouseEvent(.wheelDown, button: .unknown, column: 299, row: 3))
    // Shift (4) and Control (16) held: still a press of the left button.
    #expect(MouseEvent(sgr: "20;10;5M") == MouseEvent(.press, column: 9, row: 4))
  }

  @Test func refusesWhatItDoesNotUse() {
    for body in ["", "0;10M", "0;10;5", "0;0;5M", "a;1;1M", "35;10;5M", "66;1;1M", "128;1;1M"] {
      #expect(MouseEvent(sgr: body) == nil, "\(body)")
    }
  }

  @Test func decodesX10Reports() {
    // `ESC [ M` then button + 32, column + 33, row + 33.
    #expect(MouseEvent(x10: [32, 42, 37]) == MouseEvent(.press, column: 9, row: 4))
    #expect(
      MouseEvent(x10: [35, 42, 37]) == MouseEvent(.release, button: .unknown, column: 9, row: 4))
    #expect(MouseEvent(x10: [64, 44, 38]) == MouseEvent(.drag, column: 11, row: 5))
    #expect(
      MouseEvent(x10: [97, 35, 36]) == MouseEvent(.wheelDown, button: .unknown, column: 2, row: 3))
    #expect(MouseEvent(x10: [67, 35, 36]) == nil, "motion with no button held")
    #expect(MouseEvent(x10: [32, 32, 36]) == nil)
    #expect(MouseEvent(x10: [32, 40]) == nil)
  }
}
