import BylineCore
import Foundation
import Synchronization
import Testing

@testable import BylineTUI

@Suite struct BackgroundRuntimeTests {
  /// The loop polls only while background work runs; once it is done it waits for a key with
  /// no timeout, so an idle screen is never redrawn by a timer.
  @Test func pollsWhileIndexingAndBlocksWhenIdle() {
    let release = Mutex(false)
    let indexer = BackgroundIndexer { _, progress, _ in
      progress(IndexProgress(filesDone: 1, filesTotal: 2, articlesWritten: 0, elapsed: 1))
      while !release.withLock({ $0 }) { Thread.sleep(forTimeInterval: 0.005) }
      return IndexReport()
    }
    let backend = RecordingBackend(width: 80, height: 24, events: [.key(.character("Q"))])
    backend.sleepsThroughTimeouts = true
    backend.eventWhenIdle = .key(.character("Q"))
    backend.beforeWait = { count in if count == 3 { release.withLock { $0 = true } } }
    let store = InMemoryArticleStore(articles: TestArticles.all)
    let session = ReaderSession(
      store: store, config: ReaderConfig(), themes: TestThemes.all, indexer: indexer)
    var runtime = ReaderRuntime(session: session, backend: backend)
    #expect(runtime.run(notices: []) == 0)
    let polls = backend.timeouts.prefix { $0 == ReaderRuntime.backgroundPollMilliseconds }
    #expect(polls.count >= 3)
    #expect(backend.timeouts.last == -1)
    #expect(backend.timeouts.filter { $0 == -1 }.count == 1)
    // Timeouts with nothing new are not drawn: fewer frames than waits.
    #expect(backend.frames.count < backend.timeouts.count)
  }
}
