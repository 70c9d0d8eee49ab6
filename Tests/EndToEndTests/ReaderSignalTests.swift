import BylineCore
import Foundation
import Testing

/// The reader lets its caught signals (SIGTERM, SIGHUP, SIGINT) and SIGWINCH through only
/// while it waits for a key, and blocks them in every other thread, so a signal sent at any
/// moment wakes that wait. These send them to the reader `byline serve` runs for each session
/// (`byline read --reading-state FILE`), left idle, as the server and a dropped connection do.
@Suite(
  .serialized,
  .enabled(if: TmuxSession.isAvailable, "tmux is not installed: end-to-end reader tests skipped"))
struct ReaderSignalTests {
  @Test func eachSignalEndsAnIdleServedReaderWithItsStateSavedAndTheTerminalRestored() throws {
    for (signal, status) in [(SIGTERM, 143), (SIGHUP, 129), (SIGINT, 130)] {
      let tmux = try TmuxSession(width: 100, height: 24)
      defer { tmux.close() }
      let library = tmux.scratch.appendingPathComponent("library.sqlite")
      let state = tmux.scratch.appendingPathComponent("reading-state.sqlite")
      tmux.run("\(TmuxSession.binary) add \(TmuxSession.fixtures) > /dev/null 2>&1; clear")
      tmux.startByline("read --library \(library.path) --reading-state \(state.path)")
      #expect(tmux.waitFor("Harbour terminal", timeout: 20), "\(tmux.capture())")
      tmux.send("s")
      #expect(tmux.waitFor("★"), "\(tmux.capture())")
      // Idle: the reader sleeps in its wait for a key when the signal comes.
      Thread.sleep(forTimeInterval: 0.5)
      let pid = try #require(tmux.bylinePID())
      kill(pid, signal)
      #expect(tmux.exitStatus(timeout: 5) == status, "signal \(signal)")
      #expect(tmux.format("#{alternate_on}") == "0")
      let saved = try Library.open(sharedAt: library, readingStateAt: state)
      #expect(try saved.articleCount(matching: ArticleFilter(starredOnly: true)) == 1)
    }
  }

  @Test func aResizeOfAnIdleServedReaderIsDrawnAtOnce() throws {
    let tmux = try TmuxSession(width: 100, height: 24)
    defer { tmux.close() }
    let library = tmux.scratch.appendingPathComponent("library.sqlite")
    let state = tmux.scratch.appendingPathComponent("reading-state.sqlite")
    tmux.run("\(TmuxSession.binary) add \(TmuxSession.fixtures) > /dev/null 2>&1; clear")
    tmux.startByline("read --library \(library.path) --reading-state \(state.path)")
    #expect(tmux.waitFor("Harbour terminal", timeout: 20), "\(tmux.capture())")
    Thread.sleep(forTimeInterval: 0.5)
    // Taller: the status line moves down to the new last row only if SIGWINCH woke the wait.
    tmux.resize(width: 100, height: 34)
    let redrawn = tmux.waitFor(timeout: 10) {
      let rows = tmux.capture().split(separator: "\n", omittingEmptySubsequences: false)
      return rows.count >= 34 && !rows[33].trimmingCharacters(in: .whitespaces).isEmpty
    }
    #expect(redrawn, "\(tmux.capture())")
    tmux.send("q")
    #expect(tmux.exitStatus() == 0)
  }
}
