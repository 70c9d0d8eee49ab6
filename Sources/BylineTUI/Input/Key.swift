/// A key press, independent of the terminal library.
public enum Key: Hashable, Sendable {
  /// A printable character (including space).
  case character(Character)
  /// A control key: `control("d")` is Ctrl-D.
  case control(Character)
  /// Arrow up.
  case up
  /// Arrow down.
  case down
  /// Arrow left.
  case left
  /// Arrow right.
  case right
  /// Page up.
  case pageUp
  /// Page down.
  case pageDown
  /// Home.
  case home
  /// End.
  case end
  /// Enter or Return.
  case enter
  /// Tab.
  case tab
  /// Shift-Tab.
  case backTab
  /// Backspace.
  case backspace
  /// Escape.
  case escape
  /// Delete.
  case delete
  /// A function key, F1 to F12.
  case function(Int)
}
