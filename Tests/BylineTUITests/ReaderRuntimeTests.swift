import BylineCore
import Testing

@testable import BylineTUI

/// A terminal that plays back events and records what was drawn.
final class ScriptedBackend: TerminalBackend {
  var width: Int
  var height: Int
  var events: [TerminalEvent]
  var frames: [Screen] = []
  var invalidations = 0
  var stopped = false

  init(width: Int, height: Int, events: [TerminalEvent]) {
    self.width = width
    self.height = height
    self.events = events
  }

  func draw(_ screen: Screen, theme: Theme) { frames.append(screen) }
  func invalidate() { invalidations += 1 }
  func nextEvent(timeoutMilliseconds: Int32) -> TerminalEvent {
    events.isEmpty ? .interrupted : events.removeFirst()
  }
  func suspend() {}
  func stop() { stopped = true }
}

@Suite struct ReaderRuntimeTests {
  func runtime(_ backend: ScriptedBackend) -> ReaderRuntime {
    let store = InMemoryArticleStore(articles: TestArticles.all)
    let session = ReaderSession(store: store, config: ReaderConfig(), themes: TestThemes.all)
    return ReaderRuntime(session: session, backend: backend)
  }

  @Test func quitsWithZeroAndStopsTheTerminal() {
    let backend = ScriptedBackend(
      width: 80, height: 24,
      events: [.key(.enter), .key(.character("q")), .key(.character("q"))])
    var runtime = runtime(backend)
    #expect(runtime.run(notices: []) == 0)
    #expect(backend.stopped)
    #expect(backend.frames.count == 3)
    #expect(backend.frames[1].text(ofRow: 8).contains("The Federal Reserve holds rates"))
  }

  @Test func resizeRepaintsInFullAtTheNewSize() {
    let backend = ScriptedBackend(
      width: 80, height: 24, events: [.resized(width: 120, height: 30), .key(.character("Q"))])
    var runtime = runtime(backend)
    #expect(runtime.run(notices: [StatusMessage("cfg:1: unknown key 'x'", isError: true)]) == 0)
    #expect(backend.invalidations >= 1)
    #expect(backend.frames.last?.width == 120)
    #expect(backend.frames.first?.text(ofRow: 23).contains("cfg:1: unknown key 'x'") == true)
  }

  /// A terminal that went away returns from every read at once; the loop must end, not spin.
  @Test func deadTerminalEndsTheLoopAsAHangup() {
    let backend = ScriptedBackend(width: 80, height: 24, events: [])
    var runtime = runtime(backend)
    #expect(runtime.run(notices: []) == 128 + 1)
    #expect(backend.stopped)
  }

  @Test func controlCExitsLikeSIGINT() {
    let backend = ScriptedBackend(width: 80, height: 24, events: [.key(.control("c"))])
    var runtime = runtime(backend)
    #expect(runtime.run(notices: []) == 130)
  }
}
