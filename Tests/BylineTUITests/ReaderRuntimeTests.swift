import BylineCore
import Testing

@testable import BylineTUI

@Suite struct ReaderRuntimeTests {
  func runtime(_ backend: RecordingBackend) -> ReaderRuntime {
    let store = InMemoryArticleStore(articles: TestArticles.all)
    let session = ReaderSession(store: store, config: ReaderConfig(), themes: TestThemes.all)
    return ReaderRuntime(session: session, backend: backend)
  }

  @Test func quitsWithZeroAndStopsTheTerminal() {
    let backend = RecordingBackend(
      width: 80, height: 24,
      events: [.key(.enter), .key(.character("q")), .key(.character("q"))])
    var runtime = runtime(backend)
    #expect(runtime.run(notices: []) == 0)
    #expect(backend.isStopped)
    #expect(backend.frames.count == 3)
    #expect(backend.frames[1].text(ofRow: 8).contains("The Federal Reserve holds rates"))
  }

  @Test func resizeRepaintsInFullAtTheNewSize() {
    let backend = RecordingBackend(
      width: 80, height: 24, events: [.resized(width: 120, height: 30), .key(.character("Q"))])
    var runtime = runtime(backend)
    #expect(runtime.run(notices: [StatusMessage("cfg:1: unknown key 'x'", isError: true)]) == 0)
    #expect(backend.invalidations >= 1)
    #expect(backend.frames.last?.width == 120)
    #expect(backend.frames.first?.text(ofRow: 23).contains("cfg:1: unknown key 'x'") == true)
  }

  /// A terminal that went away returns from every read at once; the loop must end, not spin.
  @Test func deadTerminalEndsTheLoopAsAHangup() {
    let backend = RecordingBackend(width: 80, height: 24, events: [])
    var runtime = runtime(backend)
    #expect(runtime.run(notices: []) == 128 + 1)
    #expect(backend.isStopped)
  }

  @Test func controlCExitsLikeSIGINT() {
    let backend = RecordingBackend(width: 80, height: 24, events: [.key(.control("c"))])
    var runtime = runtime(backend)
    #expect(runtime.run(notices: []) == 130)
  }
}
