/// A mouse report, independent of the terminal library: what happened, and the cell under the
/// pointer (0-based, the screen's top-left cell is column 0, row 0).
public struct MouseEvent: Hashable, Sendable {
  /// What happened.
  enum Kind: Hashable, Sendable {
    /// A button went down.
    case press
    /// A button came up.
    case release
    /// The pointer moved with a button held (reported only while one is held: Byline asks for
    /// button-event tracking, never for every motion).
    case drag
    /// The wheel turned up (away from the user).
    case wheelUp
    /// The wheel turned down.
    case wheelDown
  }

  /// The buttons a press, release or drag can name.
  enum Button: Hashable, Sendable {
    /// The primary button.
    case left
    /// The middle button.
    case middle
    /// The secondary button.
    case right
    /// Not known (an X10 release does not say which button came up).
    case unknown
  }

  /// What happened.
  var kind: Kind
  /// The button (`.unknown` for the wheel).
  var button: Button
  /// The column under the pointer.
  var column: Int
  /// The row under the pointer.
  var row: Int

  /// Creates an event.
  init(_ kind: Kind, button: Button = .left, column: Int, row: Int) {
    self.kind = kind
    self.button = button
    self.column = column
    self.row = row
  }
}
