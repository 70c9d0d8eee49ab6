/// A run of changed cells on one row, as the backend writes it.
public struct CellRun: Hashable, Sendable {
  /// The row.
  var row: Int
  /// The first column of the run.
  var column: Int
  /// The cells, left to right (continuation cells included).
  var cells: ArraySlice<Cell>
}

extension Screen {
  /// The runs of cells that differ from `previous`; every cell when `previous` is `nil` or has
  /// another size. A run never starts on the right half of a wide glyph.
  public func diff(from previous: Screen?) -> [CellRun] {
    diff(from: previous, rows: 0..<height)
  }

  /// The runs of ``diff(from:)`` on `rows` only.
  func diff(from previous: Screen?, rows: Range<Int>) -> [CellRun] {
    let rows = rows.clamped(to: 0..<height)
    guard let previous, previous.width == width, previous.height == height else {
      return rows.map { row in
        CellRun(row: row, column: 0, cells: cells[(row * width)..<((row + 1) * width)])
      }
    }
    var runs: [CellRun] = []
    for row in rows {
      let base = row * width
      var column = 0
      while column < width {
        if cells[base + column] == previous.cells[base + column] {
          column += 1
          continue
        }
        var start = column
        if cells[base + start].isContinuation, start > 0 { start -= 1 }
        var end = column + 1
        while end < width, cells[base + end] != previous.cells[base + end] { end += 1 }
        if end < width, cells[base + end].isContinuation { end += 1 }
        if let last = runs.last, last.row == row, last.column + last.cells.count >= start {
          runs[runs.count - 1].cells = cells[(base + last.column)..<(base + end)]
        } else {
          runs.append(CellRun(row: row, column: start, cells: cells[(base + start)..<(base + end)]))
        }
        column = end
      }
    }
    return runs
  }
}
