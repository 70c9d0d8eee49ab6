import BylineCore
import Foundation
import Synchronization

/// Runs index runs on a background thread and keeps their progress in a thread-safe mailbox
/// that the reader's loop empties between keys (see ``ReaderSession/receiveBackground()``).
///
/// One run at a time. The work is a closure, so tests can pass their own; ``init(indexer:)``
/// runs a library ``Indexer``. Quitting never waits for a run: every batch is its own
/// transaction, so the library stays consistent and the next start carries on.
public final class BackgroundIndexer: Sendable {
  /// One index run: `rebuild` as for ``Indexer/run(rebuild:progress:)``, `progress` to call
  /// after every committed batch.
  public typealias Run =
    @Sendable (_ rebuild: Bool, _ progress: @escaping @Sendable (IndexProgress) -> Void)
    throws -> IndexReport

  private struct Mailbox {
    var messages: [Message] = []
    var isRunning = false
  }

  private let work: Run
  private let mailbox = Mutex(Mailbox())

  /// Creates a background indexer that performs `work` for each run.
  public init(work: @escaping Run) {
    self.work = work
  }

  /// Creates a background indexer that runs `indexer`, built on the background thread the
  /// first time (so that loading a tagger never delays the first frame).
  public convenience init(indexer: @escaping @Sendable () -> Indexer) {
    let cache = Mutex<Indexer?>(nil)
    self.init { rebuild, progress in
      let indexer = cache.withLock { cached in
        if let cached { return cached }
        let made = indexer()
        cached = made
        return made
      }
      return try indexer.run(rebuild: rebuild, progress: progress)
    }
  }

  /// Starts a run unless one is going on. Returns `false` when one was already running. The
  /// run posts ``Message/indexingProgress(_:)`` after every batch, then
  /// ``Message/indexingFinished(_:)`` or ``Message/indexingFailed(_:)``.
  @discardableResult
  public func start(rebuild: Bool = false) -> Bool {
    let started = mailbox.withLock { box -> Bool in
      guard !box.isRunning else { return false }
      box.isRunning = true
      return true
    }
    guard started else { return false }
    let thread = Thread { [self] in
      Self.blockTerminalSignals()
      let outcome: Message
      do {
        let report = try work(rebuild) { [self] progress in
          mailbox.withLock { box in
            // Only the newest progress report matters.
            if case .indexingProgress = box.messages.last { box.messages.removeLast() }
            box.messages.append(.indexingProgress(progress))
          }
        }
        outcome = .indexingFinished(report)
      } catch {
        outcome = .indexingFailed("\(error)")
      }
      mailbox.withLock { box in
        box.messages.append(outcome)
        box.isRunning = false
      }
    }
    thread.name = "byline.background-index"
    thread.start()
    return true
  }

  /// Whether a run is going on or messages wait to be received.
  public var isBusy: Bool {
    mailbox.withLock { $0.isRunning || !$0.messages.isEmpty }
  }

  /// Posts `message` for the reader's loop to receive with the run's own messages (for
  /// example a notice that the entity tagger could not be loaded).
  public func post(_ message: Message) {
    mailbox.withLock { $0.messages.append(message) }
  }

  /// Takes the messages posted since the last call.
  public func takeMessages() -> [Message] {
    mailbox.withLock { box in
      let messages = box.messages
      box.messages = []
      return messages
    }
  }

  /// Waits until no run is going on, for at most `timeout` seconds (for tests and tools;
  /// the reader never waits).
  @discardableResult
  public func waitUntilIdle(timeout: TimeInterval) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while mailbox.withLock({ $0.isRunning }) {
      if Date() >= deadline { return false }
      Thread.sleep(forTimeInterval: 0.01)
    }
    return true
  }

  /// Keeps terminal signals away from this thread, so they reach the reader's loop.
  private static func blockTerminalSignals() {
    var set = sigset_t()
    sigemptyset(&set)
    for signal in SignalTrap.signals + [SIGWINCH, SIGTSTP, SIGCONT] { sigaddset(&set, signal) }
    pthread_sigmask(SIG_BLOCK, &set, nil)
  }
}
