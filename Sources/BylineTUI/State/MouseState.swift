/// What update remembers between mouse reports: the last press of the left button (to tell a
/// double click) and whether the separator is being dragged.
struct MouseState: Hashable, Sendable {
  /// A press of the left button: where, and when in the runtime's milliseconds.
  struct Press: Hashable, Sendable {
    /// The column pressed.
    var column: Int
    /// The row pressed.
    var row: Int
    /// When, in milliseconds.
    var milliseconds: Int
  }

  /// The last press of the left button, if any.
  var lastPress: Press?
  /// Whether the left button went down on the separator and has not come up yet.
  var isDraggingSeparator = false

  /// Two presses on the same row (a column apart at most: a hand moves) at most this far apart
  /// make a double click.
  static let doubleClickMilliseconds = 400

  /// An empty mouse state.
  init() {}

  /// Records a press at `column`, `row` and says whether it completes a double click (a press
  /// at the same place soon after the last one; a third press starts over).
  mutating func press(column: Int, row: Int, milliseconds: Int) -> Bool {
    if let last = lastPress, abs(last.column - column) <= 1, last.row == row,
      milliseconds >= last.milliseconds,
      milliseconds - last.milliseconds <= Self.doubleClickMilliseconds
    {
      lastPress = nil
      return true
    }
    lastPress = Press(column: column, row: row, milliseconds: milliseconds)
    return false
  }
}
