import BylineCore

/// The in-memory cell grid views render into. Text goes in by display columns, never by
/// characters or bytes; wide glyphs take two cells, the right one marked as a continuation.
public struct Screen: Hashable, Sendable {
  /// Width in columns.
  public let width: Int
  /// Height in rows.
  let height: Int
  /// The cells, row by row.
  var cells: [Cell]

  /// Creates a screen filled with blank cells of `role`.
  init(width: Int, height: Int, role: StyleRole = .normal) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: .blank(role), count: self.width * self.height)
  }

  /// The whole screen as a rectangle.
  var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

  /// The cell at `column`, `row` (which must be on the screen).
  subscript(column: Int, row: Int) -> Cell {
    cells[row * width + column]
  }

  /// Fills `area` (clipped to the screen) with blank cells of `role`.
  mutating func fill(_ area: Rect, role: StyleRole) {
    let area = area.intersection(bounds)
    for row in area.y..<area.maxY {
      let base = row * width
      for column in area.x..<area.maxX { cells[base + column] = .blank(role) }
    }
  }

  /// Writes `text` from `column` on `row` with `role`, clipped to `clip` (and the screen) by
  /// display columns. A wide glyph that does not fit before the right edge becomes a blank.
  ///
  /// - Returns: the column after the last one written.
  @discardableResult
  mutating func put(
    _ text: some StringProtocol, column: Int, row: Int, role: StyleRole, clip: Rect? = nil
  ) -> Int {
    var column = column
    for character in text {
      guard let next = put(character, column: column, row: row, role: role, clip: clip) else {
        break
      }
      column = next
    }
    return column
  }

  /// Writes one grapheme at `column` on `row`, clipped to `clip` and the screen. Control
  /// characters become visible replacements (see ``TerminalSafety``); invisible formatting
  /// characters are dropped.
  ///
  /// - Returns: the column after the glyph, or `nil` when the clip's right edge was reached.
  @discardableResult
  mutating func put(
    _ character: Character, column: Int, row: Int, role: StyleRole, clip: Rect? = nil
  ) -> Int? {
    let area = (clip ?? bounds).intersection(bounds)
    guard let shown = TerminalSafety.displayable(character) else { return column }
    let columns = DisplayWidth.columns(of: shown)
    if columns == 0 { return column }
    guard row >= area.y, row < area.maxY, column < area.maxX else { return nil }
    if column < area.x { return column + columns }
    if column + columns > area.maxX {
      for fillColumn in column..<area.maxX { set(.blank(role), column: fillColumn, row: row) }
      return nil
    }
    set(Cell(shown, role: role, width: UInt8(min(columns, 2))), column: column, row: row)
    if columns > 1 {
      for extra in 1..<min(columns, 2) {
        set(.continuation(role), column: column + extra, row: row)
      }
    }
    return column + min(columns, 2)
  }

  /// Changes the role of the cells in `columns` of `row`, keeping their text.
  mutating func setRole(_ role: StyleRole, row: Int, columns: Range<Int>) {
    guard row >= 0, row < height else { return }
    for column in max(0, columns.lowerBound)..<min(width, columns.upperBound) {
      cells[row * width + column].role = role
    }
  }

  /// Stores `cell`, first repairing any wide glyph it would cut in half.
  mutating func set(_ cell: Cell, column: Int, row: Int) {
    let index = row * width + column
    let old = cells[index]
    if old.isContinuation, column > 0, !cell.isContinuation {
      cells[index - 1] = .blank(cells[index - 1].role)
    } else if old.width == 2, column + 1 < width, cell.width != 2 {
      cells[index + 1] = .blank(cells[index + 1].role)
    }
    cells[index] = cell
  }
}
