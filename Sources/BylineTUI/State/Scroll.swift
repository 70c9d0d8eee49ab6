/// How far a pane taller than its rows is scrolled, and the one paging rule every pane follows:
/// a line at a time, a page of all the rows but one (the line read last stays in view), or half
/// the rows.
struct Scroll: Hashable, Sendable {
  /// The first visible line (or row).
  var top = 0

  /// A view scrolled to `top`.
  init(top: Int = 0) {
    self.top = top
  }

  /// The lines one page moves in a pane of `rows` rows.
  static func page(rows: Int) -> Int { max(1, rows - 1) }

  /// The lines a movement action moves in a pane of `rows` rows (toward the end when positive);
  /// `top` and `bottom` move further than any pane is long. `nil` for other actions.
  static func distance(of action: Action, rows: Int) -> Int? {
    switch action {
    case .moveDown: 1
    case .moveUp: -1
    case .pageDown: page(rows: rows)
    case .pageUp: -page(rows: rows)
    case .halfPageDown: max(1, rows / 2)
    case .halfPageUp: -max(1, rows / 2)
    case .top: -Self.farther
    case .bottom: Self.farther
    default: nil
    }
  }

  /// Farther than any list or article is long, yet safe to add to a position.
  static let farther = Int.max / 4

  /// `top` kept within what `count` lines in `rows` rows allow: never before the first line,
  /// never so far that rows are left empty at the end.
  static func clamped(_ top: Int, rows: Int, count: Int) -> Int {
    min(max(0, top), max(0, count - max(1, rows)))
  }

  /// Scrolls by `lines`, clamped.
  mutating func scroll(by lines: Int, rows: Int, count: Int) {
    top = Self.clamped(top + lines, rows: rows, count: count)
  }

  /// Scrolls the least that brings `lines` into view (its first line, when it is taller than
  /// the rows), clamped.
  mutating func reveal(_ lines: ClosedRange<Int>, rows: Int, count: Int) {
    let rows = max(1, rows)
    if lines.upperBound >= top + rows { top = lines.upperBound - rows + 1 }
    if lines.lowerBound < top { top = lines.lowerBound }
    top = Self.clamped(top, rows: rows, count: count)
  }
}
