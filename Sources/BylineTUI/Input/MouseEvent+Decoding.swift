extension MouseEvent {
  /// Decodes the body of an xterm SGR (mode 1006) mouse report, what follows `ESC [ <`:
  /// `Cb;Cx;Cy` then `M` (press, drag, wheel) or `m` (release), with 1-based coordinates.
  /// `nil` for anything else, and for reports Byline does not use (wheel left and right,
  /// motion with no button held).
  init?(sgr body: String) {
    guard let last = body.last, last == "M" || last == "m" else { return nil }
    let fields = body.dropLast().split(separator: ";", omittingEmptySubsequences: false)
    guard fields.count == 3, let code = Int(fields[0]), let x = Int(fields[1]),
      let y = Int(fields[2]), code >= 0, x >= 1, y >= 1
    else { return nil }
    let column = x - 1
    let row = y - 1
    // Bits 2–4 are Shift, Meta and Control; bit 5 motion; bits 6 and 7 the wheel and the
    // extra buttons.
    let low = code & 3
    if code & 64 != 0 {
      guard code & 128 == 0, low < 2 else { return nil }
      self.init(low == 0 ? .wheelUp : .wheelDown, button: .unknown, column: column, row: row)
      return
    }
    guard code & 128 == 0 else { return nil }
    let button: Button =
      switch low {
      case 0: .left
      case 1: .middle
      case 2: .right
      default: .unknown
      }
    if code & 32 != 0 {
      guard button != .unknown else { return nil }
      self.init(.drag, button: button, column: column, row: row)
    } else {
      self.init(last == "M" ? .press : .release, button: button, column: column, row: row)
    }
  }
}

extension MouseEvent {
  /// Decodes the three bytes of an X10 mouse report (what follows `ESC [ M`, from a terminal
  /// that does not send the SGR form): the button code, then column and row, each plus 32
  /// and 1-based. A release does not name its button. `nil` for anything else.
  init?(x10 bytes: [UInt32]) {
    guard bytes.count == 3, bytes.allSatisfy({ (32...255).contains($0) }) else { return nil }
    let code = Int(bytes[0]) - 32
    let column = Int(bytes[1]) - 33
    let row = Int(bytes[2]) - 33
    guard column >= 0, row >= 0 else { return nil }
    if code & 3 == 3 {
      guard code & (32 | 64) == 0 else { return nil }
      self.init(.release, button: .unknown, column: column, row: row)
      return
    }
    self.init(sgr: "\(code);\(column + 1);\(row + 1)M")
  }
}
