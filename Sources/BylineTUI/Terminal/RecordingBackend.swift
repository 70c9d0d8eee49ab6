import Foundation

/// A terminal in memory, for tests: plays back events, and draws through the same
/// ``FrameWriter`` as ``NCursesBackend``, applying its operations to a cell grid instead of
/// curses. It records each frame asked for, the operations written for it, and what the
/// terminal shows afterwards, so a test can check the real diff path: after every draw
/// ``terminal`` must equal the frame.
final class RecordingBackend: TerminalBackend {
  var width: Int
  var height: Int
  /// The events still to come, first first.
  var events: [TerminalEvent]
  /// What a wait returns once `events` is empty: `.interrupted` by default, as a terminal that
  /// went away returns from every read at once.
  var eventWhenIdle: TerminalEvent = .interrupted
  /// Whether a wait with a timeout sleeps that long and returns `.interrupted` (a terminal no
  /// one types on), rather than returning the next event at once.
  var sleepsThroughTimeouts = false
  /// Called before each wait with the number of earlier waits (to let background work move on).
  var beforeWait: (Int) -> Void = { _ in }

  /// Every frame drawn, in order.
  private(set) var frames: [Screen] = []
  /// The operations written for each frame in `frames`.
  private(set) var operations: [[FrameOperation]] = []
  /// What the terminal showed after each frame in `frames` was written.
  private(set) var shown: [Screen] = []
  /// What the terminal shows after the operations so far (blank before the first draw).
  private(set) var terminal: Screen
  /// The timeout of every wait, in order.
  private(set) var timeouts: [Int32] = []
  private(set) var invalidations = 0
  private(set) var isStopped = false
  private var writer: FrameWriter
  private var previousTheme: Theme?

  /// A terminal of `width` by `height` that will deliver `events`; `canMoveRows` false plays a
  /// terminal without insert and delete line (`vt100`).
  init(width: Int, height: Int, events: [TerminalEvent] = [], canMoveRows: Bool = true) {
    self.width = width
    self.height = height
    self.events = events
    terminal = Screen(width: width, height: height)
    writer = FrameWriter(canMoveRows: canMoveRows)
  }

  func draw(_ screen: Screen, theme: Theme) {
    // As in NCursesBackend: new colours for the roles mean every cell is written again.
    if previousTheme != theme {
      previousTheme = theme
      writer.forget()
    }
    let written = writer.operations(for: screen)
    if terminal.width != screen.width || terminal.height != screen.height {
      terminal = Screen(width: screen.width, height: screen.height)
    }
    for operation in written { apply(operation) }
    frames.append(screen)
    operations.append(written)
    shown.append(terminal)
  }

  func invalidate() {
    invalidations += 1
    writer.invalidate()
  }

  func nextEvent(timeoutMilliseconds: Int32) -> TerminalEvent {
    beforeWait(timeouts.count)
    timeouts.append(timeoutMilliseconds)
    if sleepsThroughTimeouts, timeoutMilliseconds >= 0 {
      Thread.sleep(forTimeInterval: Double(timeoutMilliseconds) / 1000)
      return .interrupted
    }
    return events.isEmpty ? eventWhenIdle : events.removeFirst()
  }

  func suspend() {}

  func stop() { isStopped = true }

  /// Carries out one operation on `terminal` as a terminal would.
  private func apply(_ operation: FrameOperation) {
    switch operation {
    case .clear:
      terminal = Screen(width: terminal.width, height: terminal.height)
    case .moveRows(let band):
      terminal = terminal.shifted(by: band)
    case .put(let run):
      var column = run.column
      for cell in run.cells {
        terminal.set(cell, column: column, row: run.row)
        column += 1
      }
    }
  }
}
