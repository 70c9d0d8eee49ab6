import Foundation
import Testing

@testable import BylineTUI

/// Mouse reports through real ncurses on a pty (in the serialized ``NCursesBackendTests``
/// suite: curses state is global).
extension NCursesBackendTests {
  /// Byline reads the reports itself on every terminal type: xterm-256color (`kmous` is
  /// `\E[<`) and tmux-256color (`kmous` is `\E[M`). A press and a release that arrive in one
  /// read (as over SSH) stay two events.
  @Test(arguments: ["xterm-256color", "tmux-256color"])
  func readsSGRMouseReportsAndResetsTheModesOnStop(term: String) throws {
    let terminal = try #require(PseudoTerminal(width: 80, height: 24))
    let backend = try NCursesBackend(
      input: terminal.slave, output: terminal.slave, monochrome: true, mouse: true,
      environment: ["TERM": term])
    defer { backend.stop() }
    backend.draw(Screen(width: 80, height: 24), theme: Theme.builtInDefault)
    let started = String(decoding: terminal.drain(), as: UTF8.self)
    #expect(started.contains("\u{1B}[?1002h"), "button-event tracking")
    #expect(started.contains("1006"), "the SGR form")
    #expect(!started.contains("1003"), "never any-event tracking")

    let reports = "\u{1B}[<0;10;5M\u{1B}[<32;12;6M\u{1B}[<0;12;6m\u{1B}[<65;3;4M\u{1B}[<64;3;4M"
    _ = reports.utf8.withContiguousStorageIfAvailable {
      write(terminal.master, $0.baseAddress, $0.count)
    }
    var events: [TerminalEvent] = []
    for _ in 0..<5 { events.append(backend.nextEvent(timeoutMilliseconds: 1_000)) }
    #expect(
      events == [
        .mouse(MouseEvent(.press, column: 9, row: 4)),
        .mouse(MouseEvent(.drag, column: 11, row: 5)),
        .mouse(MouseEvent(.release, column: 11, row: 5)),
        .mouse(MouseEvent(.wheelDown, button: .unknown, column: 2, row: 3)),
        .mouse(MouseEvent(.wheelUp, button: .unknown, column: 2, row: 3)),
      ])
    "j".utf8.withContiguousStorageIfAvailable { _ = write(terminal.master, $0.baseAddress, 1) }
    #expect(backend.nextEvent(timeoutMilliseconds: 1_000) == .key(.character("j")))

    backend.stop()
    let stopped = String(decoding: terminal.drain(), as: UTF8.self)
    #expect(stopped.contains("\u{1B}[?1002l"))
  }

  @Test func withoutMouseNoModeIsSet() throws {
    let terminal = try #require(PseudoTerminal(width: 80, height: 24))
    let backend = try NCursesBackend(
      input: terminal.slave, output: terminal.slave, monochrome: true, mouse: false,
      environment: ["TERM": "xterm-256color"])
    defer { backend.stop() }
    backend.draw(Screen(width: 80, height: 24), theme: Theme.builtInDefault)
    let started = String(decoding: terminal.drain(), as: UTF8.self)
    #expect(!started.contains("\u{1B}[?100"))
  }
}
