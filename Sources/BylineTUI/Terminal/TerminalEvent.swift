/// What the terminal backend reports when asked for input.
public enum TerminalEvent: Hashable, Sendable {
  /// A key press.
  case key(Key)
  /// A mouse report (only when mouse reporting is on: `mouse yes`, the default).
  case mouse(MouseEvent)
  /// The terminal changed size.
  case resized(width: Int, height: Int)
  /// The wait was interrupted (a signal) or timed out.
  case interrupted
}
