import BylineCore
import Foundation

/// Runs index runs on a background thread and keeps their progress in a thread-safe mailbox
/// that the reader's loop empties between keys (see ``ReaderSession/receiveBackground()``).
///
/// One run at a time. The work is a closure, so tests can pass their own; ``init(indexer:)``
/// runs a library ``Indexer``. Quitting never waits for a run: every batch is its own
/// transaction, so the library stays consistent and the next start carries on.
public final class BackgroundIndexer: Sendable {
  /// One index run: `rebuild` as for ``Indexer/run(rebuild:progress:)``, `progress` to call
  /// after every committed batch, `notify` to tell the reader of a problem met on the way (it
  /// reaches the status line as a notice).
  typealias Run =
    @Sendable (
      _ rebuild: Bool, _ progress: @escaping @Sendable (IndexProgress) -> Void,
      _ notify: @escaping @Sendable (StatusMessage) -> Void
    ) throws -> IndexReport

  private struct Mailbox {
    var messages: [Message] = []
    var isRunning = false
  }

  private let work: Run
  private let mailbox = Locked(Mailbox())

  /// Creates a background indexer that performs `work` for each run.
  init(work: @escaping Run) {
    self.work = work
  }

  /// Creates a background indexer that runs `indexer`, built on the background thread the
  /// first time (so that loading a tagger never delays the first frame; the builder gets the
  /// run's `notify` for problems such as a tagger that cannot be loaded), then brings the web
  /// feeds up to date with `fetchSettings` (none when `nil`), and hands every finished run's
  /// report to `afterRun`.
  ///
  /// The first run (at start-up) fetches only the feeds whose interval has passed; every later
  /// run (`r`) fetches them all, since the user asked for it.
  public convenience init(
    indexer: @escaping @Sendable (_ notify: @escaping @Sendable (StatusMessage) -> Void) -> Indexer,
    fetchSettings: FetchSettings? = nil,
    afterRun: @escaping @Sendable (IndexReport) -> Void = { _ in }
  ) {
    let cache = Locked<Indexer?>(nil)
    let runs = Locked(0)
    self.init { rebuild, progress, notify in
      let started = Date()
      let indexer = cache.withLock { cached in
        if let cached { return cached }
        let made = indexer(notify)
        cached = made
        return made
      }
      var report = try indexer.run(rebuild: rebuild, progress: progress)
      let isFirst = runs.withLock { count in
        count += 1
        return count == 1
      }
      if var settings = fetchSettings {
        settings.force = settings.force || !isFirst || rebuild
        do {
          let refresher = try FeedRefresher(indexer: indexer, settings: settings)
          refresher.refreshAfterIndexing(&report, started: started, progress: progress)
        } catch {
          notify(StatusMessage("\(error)", isError: true))
        }
      }
      afterRun(report)
      return report
    }
  }

  /// Starts a run unless one is going on. Returns `false` when one was already running. The
  /// run posts ``Message/indexingProgress(_:)`` after every batch, then
  /// ``Message/indexingFinished(_:)`` or ``Message/indexingFailed(_:)``.
  @discardableResult
  func start(rebuild: Bool = false) -> Bool {
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
        let report = try work(
          rebuild,
          { [self] progress in
            mailbox.withLock { box in
              // Only the newest progress report matters.
              if case .indexingProgress = box.messages.last { box.messages.removeLast() }
              box.messages.append(.indexingProgress(progress))
            }
          },
          { [self] notice in mailbox.withLock { $0.messages.append(.notice(notice)) } })
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
  var isBusy: Bool {
    mailbox.withLock { $0.isRunning || !$0.messages.isEmpty }
  }

  /// Takes the messages posted since the last call.
  func takeMessages() -> [Message] {
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
