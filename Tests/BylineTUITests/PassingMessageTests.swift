import BylineCore
import Foundation
import Testing

@testable import BylineTUI

/// Issue 18 item 8: a key bound to nothing says so for two seconds; the next key or the
/// runtime's timer clears it, and `update` stays pure (the timer is an effect).
@Suite struct PassingMessageTests {
  @Test func unboundKeySaysSoAndAsksForItsExpiry() {
    var reader = ReaderHarness(width: 100, height: 20)
    reader.press(.character("x"))
    let message = StatusMessage("no action for x — ? for help")
    #expect(reader.state.status == message)
    #expect(reader.terminalEffects == [.expireStatus(message, milliseconds: 2000)])
    #expect(reader.rows.last?.contains("no action for x — ? for help") == true)
    reader.terminalEffects += reader.session.send(.statusExpired(message))
    #expect(reader.state.status == nil)
    // An expiry for a message no longer shown leaves the new one alone.
    reader.press(.character("t"))
    let theme = reader.state.status
    reader.terminalEffects += reader.session.send(.statusExpired(message))
    #expect(reader.state.status == theme)
    // The next key clears it too.
    reader.press(.character("x"), .character("j"))
    #expect(reader.state.status == nil)
  }

  @Test func runtimeWaitsNoLongerThanTheMessageDeadline() {
    let now: UInt64 = 5_000_000_000
    #expect(ReaderRuntime.timeout(polling: false, until: nil, now: now) == -1)
    #expect(ReaderRuntime.timeout(polling: true, until: nil, now: now) == 100)
    #expect(ReaderRuntime.timeout(polling: false, until: now + 2_000_000_000, now: now) == 2000)
    #expect(ReaderRuntime.timeout(polling: true, until: now + 2_000_000_000, now: now) == 100)
    #expect(ReaderRuntime.timeout(polling: false, until: now - 1, now: now) == 0)
  }

  @Test func runtimeClearsTheMessageAfterTwoSeconds() {
    let backend = RecordingBackend(
      width: 80, height: 24, events: [.key(.character("x"))])
    backend.sleepsThroughTimeouts = true
    backend.eventWhenIdle = .key(.character("Q"))
    let store = InMemoryArticleStore(articles: TestArticles.all)
    let session = ReaderSession(store: store, config: ReaderConfig(), themes: TestThemes.all)
    var runtime = ReaderRuntime(session: session, backend: backend)
    #expect(runtime.run(notices: []) == 0)
    #expect(backend.timeouts.count == 3)
    #expect((1900...2000).contains(backend.timeouts[1]))
    let shown = backend.frames.map { $0.text(ofRow: 23).contains("no action for x") }
    #expect(shown == [false, true, false])
  }
}
