import BylineCore
import Foundation

/// Fetches an article's full text on a background thread (the reader's `F`) and keeps the
/// outcome in a mailbox the reader's loop empties between keys, as ``BackgroundIndexer`` does.
/// The work is a closure (Byline's fetches the article's link and stores the page through the
/// library; tests pass their own). One fetch at a time.
public final class BackgroundFullText: Sendable {
  /// Fetches and stores the full text of one article.
  public typealias Fetch = @Sendable (Article) -> FullTextOutcome

  private struct Mailbox {
    var messages: [Message] = []
    var isRunning = false
  }

  private let fetch: Fetch
  private let mailbox = Locked(Mailbox())

  /// Creates a background fetcher that runs `fetch` for each article asked for.
  public init(fetch: @escaping Fetch) {
    self.fetch = fetch
  }

  /// Starts fetching the full text of `article` unless a fetch is going on (then returns
  /// `false`). Posts ``Message/fullTextLoaded(_:_:)`` when done.
  func start(_ article: Article) -> Bool {
    let started = mailbox.withLock { box -> Bool in
      guard !box.isRunning else { return false }
      box.isRunning = true
      return true
    }
    guard started else { return false }
    let thread = Thread { [self] in
      let outcome = fetch(article)
      mailbox.withLock { box in
        box.messages.append(.fullTextLoaded(article.key, outcome))
        box.isRunning = false
      }
    }
    thread.name = "byline.full-text"
    thread.start()
    return true
  }

  /// Whether a fetch is going on or its outcome waits to be received.
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

  /// Waits until no fetch is going on, for at most `timeout` seconds (for tests).
  @discardableResult
  func waitUntilIdle(timeout: TimeInterval) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while mailbox.withLock({ $0.isRunning }) {
      if Date() >= deadline { return false }
      Thread.sleep(forTimeInterval: 0.01)
    }
    return true
  }
}
