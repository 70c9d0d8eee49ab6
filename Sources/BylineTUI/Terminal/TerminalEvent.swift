/// What the terminal backend reports when asked for input.
public enum TerminalEvent: Hashable, Sendable {
  /// A key press.
  case key(Key)
  /// The terminal changed size.
  case resized(width: Int, height: Int)
  /// The wait was interrupted (a signal) or timed out.
  case interrupted
}
