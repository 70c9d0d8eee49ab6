import BylineCore
import Foundation

/// Runs the reader on a terminal: draws, waits for a key, updates, performs effects, until
/// the user quits or a signal arrives.
public struct ReaderRuntime {
  /// The exit status for a normal quit.
  static let success: Int32 = 0
  /// Interrupted reads in a row, with no signal to explain them, after which the terminal is
  /// taken to be gone (a closed pty returns at once, forever, and would make the loop spin).
  static let deadTerminalReads = 1000
  /// How long the loop waits for a key while background work runs, in milliseconds, before
  /// it looks for the work's messages. When nothing runs it waits for a key without a timeout:
  /// an idle screen is never redrawn by a timer.
  static let backgroundPollMilliseconds: Int32 = 100

  private var session: ReaderSession
  private let backend: any TerminalBackend
  /// The environment links are opened with (`$BROWSER`, `PATH`); the process's by default.
  var environment = ProcessInfo.processInfo.environment

  /// Creates the runtime for `session` on `backend`.
  public init(session: ReaderSession, backend: any TerminalBackend) {
    self.session = session
    self.backend = backend
  }

  /// Runs until quit; returns the exit status (128 + signal number after a signal). The
  /// backend is stopped (curses mode left) before this returns.
  public mutating func run(notices: [StatusMessage]) -> Int32 {
    var effects = session.start(width: backend.width, height: backend.height)
    if let first = notices.first {
      let more = notices.count > 1 ? " (+\(notices.count - 1) more)" : ""
      session.send(.notice(StatusMessage(first.text + more, isError: first.isError)))
    }
    var emptyReads = 0
    var needsDraw = true
    // The passing status message to clear, and when (uptime nanoseconds).
    var expiry: (message: StatusMessage, deadline: UInt64)?
    while true {
      for effect in effects {
        switch effect {
        case .quit:
          backend.stop()
          return Self.success
        case .interrupt:
          return exit(signal: SIGINT)
        case .redraw:
          backend.invalidate()
        case .suspend:
          backend.suspend()
          session.send(.resized(width: backend.width, height: backend.height))
        case .expireStatus(let message, let milliseconds):
          let now = DispatchTime.now().uptimeNanoseconds
          expiry = (message, now + UInt64(max(0, milliseconds)) * 1_000_000)
        case .openInBrowser(let url):
          let environment = environment
          let outcome = backend.withTerminalReleased {
            BrowserLauncher.open(url, environment: environment)
          }
          session.send(.notice(outcome))
        default:
          break
        }
      }
      effects = []
      if let signal = SignalTrap.pending { return exit(signal: signal) }
      let background = session.receiveBackground()
      if background.received {
        effects = background.effects
        needsDraw = true
        if !effects.isEmpty { continue }
      }
      if needsDraw { backend.draw(session.render(), theme: session.state.theme) }
      needsDraw = true
      let waitStarted = DispatchTime.now().uptimeNanoseconds
      let timeout = Self.timeout(
        polling: session.hasBackgroundWork, until: expiry?.deadline, now: waitStarted)
      let event = backend.nextEvent(timeoutMilliseconds: timeout)
      if event == .interrupted, timeout >= 0 {
        // A timeout is not a dead terminal; only a read that returned at once counts.
        let waited = (DispatchTime.now().uptimeNanoseconds - waitStarted) / 1_000_000
        emptyReads = waited >= UInt64(timeout / 2) ? 0 : emptyReads + 1
        needsDraw = false
      } else {
        emptyReads = event == .interrupted ? emptyReads + 1 : 0
      }
      if let pending = expiry, DispatchTime.now().uptimeNanoseconds >= pending.deadline {
        expiry = nil
        session.send(.statusExpired(pending.message))
        needsDraw = true
      }
      switch event {
      case .key(let key):
        effects = session.send(.key(key))
      case .mouse(let mouse):
        let milliseconds = Int(DispatchTime.now().uptimeNanoseconds / 1_000_000)
        effects = session.send(.mouse(mouse, milliseconds: milliseconds))
      case .resized(let width, let height):
        backend.invalidate()
        effects = session.send(.resized(width: width, height: height))
      case .interrupted:
        if emptyReads >= Self.deadTerminalReads, SignalTrap.pending == nil {
          return exit(signal: SIGHUP)
        }
      }
    }
  }

  /// How long to wait for a key, in milliseconds (-1: no limit): the background poll while
  /// work runs, and no later than a passing status message's `deadline` (uptime nanoseconds).
  static func timeout(polling: Bool, until deadline: UInt64?, now: UInt64) -> Int32 {
    var timeout: Int32 = polling ? backgroundPollMilliseconds : -1
    if let deadline {
      // Rounded up, so the wait ends at or after the deadline, never a spin just before it.
      let left = Int32(clamping: ((deadline > now ? deadline - now : 0) + 999_999) / 1_000_000)
      timeout = timeout < 0 ? left : min(timeout, left)
    }
    return timeout
  }

  /// Saves the reading state, leaves curses mode and returns 128 + `signal`.
  private mutating func exit(signal: Int32) -> Int32 {
    session.send(.shutdown)
    backend.stop()
    return 128 + signal
  }
}
