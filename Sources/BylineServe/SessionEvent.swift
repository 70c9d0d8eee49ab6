import NIOCore

/// What happens to a session's reader, fired into the session's pipeline from the threads
/// that see it (the pty channel, the reaper).
enum SessionEvent: Sendable {
  /// The reader's terminal is connected to the event loop.
  case terminalReady(Channel)
  /// The terminal's master side closed (the reader is gone).
  case terminalClosed
  /// The reader exited with this status.
  case readerExited(Int)
}
