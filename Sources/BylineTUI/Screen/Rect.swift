/// A rectangle of terminal cells: the area a view draws into.
public struct Rect: Hashable, Sendable {
  /// The leftmost column.
  var x: Int
  /// The top row.
  var y: Int
  /// The width in columns (never negative).
  public var width: Int
  /// The height in rows (never negative).
  var height: Int

  /// Creates a rectangle; negative sizes become zero.
  init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  /// One column past the right edge.
  var maxX: Int { x + width }
  /// One row past the bottom edge.
  var maxY: Int { y + height }
  /// Whether the rectangle covers no cell.
  var isEmpty: Bool { width == 0 || height == 0 }

  /// The part of the rectangle that also lies inside `other`.
  func intersection(_ other: Rect) -> Rect {
    let left = max(x, other.x)
    let top = max(y, other.y)
    return Rect(
      x: left, y: top, width: min(maxX, other.maxX) - left, height: min(maxY, other.maxY) - top)
  }

  /// Whether the two rectangles share at least one cell.
  func overlaps(_ other: Rect) -> Bool { !intersection(other).isEmpty }

  /// Whether the cell at `column`, `row` is inside.
  func contains(column: Int, row: Int) -> Bool {
    column >= x && column < maxX && row >= y && row < maxY
  }
}
