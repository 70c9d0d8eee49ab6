import BylineCore
import Foundation
import Testing

@testable import BylineTUI

/// Issue 5: `y` on an outside link makes the runtime start `$BROWSER` with the URL as one
/// argument, outside curses, and report the outcome in the status line.
@Suite struct BrowserRuntimeTests {
  @Test func confirmedLinkRunsTheBrowserWithAnArgumentVector() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-browser-\(getpid())-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let script = folder.appendingPathComponent("browser")
    let record = folder.appendingPathComponent("argv")
    try "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > '\(record.path)'\n"
      .write(to: script, atomically: true, encoding: .utf8)
    chmod(script.path, 0o755)

    let events: [TerminalEvent] =
      [.key(.enter)] + Array(repeating: .key(.tab), count: 3)
      + [.key(.enter), .key(.character("y")), .key(.character("Q"))]
    let backend = RecordingBackend(width: 100, height: 24, events: events)
    let store = InMemoryArticleStore(articles: [TestArticles.federal])
    let session = ReaderSession(store: store, config: ReaderConfig(), themes: TestThemes.all)
    var runtime = ReaderRuntime(session: session, backend: backend)
    runtime.environment = ["BROWSER": script.path + " --new-tab %s", "PATH": "/usr/bin:/bin"]
    #expect(runtime.run(notices: []) == 0)
    let argv = try String(contentsOf: record, encoding: .utf8)
    #expect(argv == "--new-tab\nhttps://example.org/dc\n")
    let status = backend.frames.last?.text(ofRow: 23) ?? ""
    #expect(status.contains("Opened with \(script.path)"))
  }
}
