/// A terminal the reader draws on and reads keys from. ``NCursesBackend`` is the real one.
public protocol TerminalBackend: AnyObject {
  /// The terminal's width in columns.
  var width: Int { get }
  /// The terminal's height in rows.
  var height: Int { get }
  /// Writes the cells that differ from the last frame, then refreshes the terminal once.
  func draw(_ screen: Screen, theme: Theme)
  /// Forgets the last frame so the next draw repaints everything (Ctrl-L, after a resize).
  func invalidate()
  /// Waits for input; `timeoutMilliseconds` < 0 waits without a timeout.
  func nextEvent(timeoutMilliseconds: Int32) -> TerminalEvent
  /// Leaves curses mode and stops the process until it is resumed (`fg`), then restores it.
  func suspend()
  /// Leaves curses mode for good: the alternate screen off, the terminal as it was.
  func stop()
  /// Leaves curses mode, runs `body` (a program that uses the terminal), then restores curses
  /// mode and repaints on the next draw.
  func withTerminalReleased<Result>(_ body: () -> Result) -> Result
}

extension TerminalBackend {
  /// Runs `body` and forgets the last frame (for backends without a real terminal).
  func withTerminalReleased<Result>(_ body: () -> Result) -> Result {
    let result = body()
    invalidate()
    return result
  }
}
