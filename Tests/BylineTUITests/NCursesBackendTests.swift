import Foundation
import Testing

@testable import BylineTUI

/// A pseudo-terminal of a given size: the backend writes to its slave side, the test reads
/// what reached the "terminal" from the master side.
final class PseudoTerminal {
  let master: Int32
  let slave: Int32

  // Linux ioctls (from <asm-generic/ioctls.h>), not visible through Swift's Glibc module,
  // which also hides posix_openpt and friends.
  private static let getPTYNumber: UInt = 0x8004_5430  // TIOCGPTN
  private static let setPTYLock: UInt = 0x4004_5431  // TIOCSPTLCK

  init?(width: Int, height: Int) {
    master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
    var unlock: Int32 = 0
    var number: UInt32 = 0
    guard master >= 0, ioctl(master, Self.setPTYLock, &unlock) == 0,
      ioctl(master, Self.getPTYNumber, &number) == 0
    else { return nil }
    slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
    guard slave >= 0 else { return nil }
    var size = winsize(
      ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(slave, UInt(TIOCSWINSZ), &size)
    _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
  }

  /// Everything written since the last drain, read until the terminal is quiet.
  func drain() -> [UInt8] {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    while poll(&descriptor, 1, 150) > 0 {
      let count = read(master, &buffer, buffer.count)
      if count <= 0 { break }
      bytes += buffer[0..<count]
    }
    return bytes
  }

  deinit {
    close(slave)
    close(master)
  }
}

/// Real ncurses on a pty. curses state is global, so these run one at a time.
@Suite(.serialized) struct NCursesBackendTests {
  @Test func writesWideTextOnceAndOnlyChangedCellsAfterwards() throws {
    let terminal = try #require(PseudoTerminal(width: 40, height: 6))
    let backend = try NCursesBackend(
      input: terminal.slave, output: terminal.slave, monochrome: false,
      environment: ["TERM": "xterm-256color"])
    defer { backend.stop() }
    #expect(backend.width == 40 && backend.height == 6)
    _ = terminal.drain()

    var screen = Screen(width: 40, height: 6)
    screen.put("서울 北京 🇰🇷 x", column: 0, row: 0, role: .title)
    screen.put("Evil \u{1B}]0;PWNED\u{07} \u{9B}2J \u{202E}end", column: 0, row: 2, role: .bodyText)
    backend.draw(screen, theme: Theme.builtInDefault)
    let first = String(decoding: terminal.drain(), as: UTF8.self)
    #expect(first.contains("서울"))
    #expect(first.contains("北京"))
    #expect(first.contains("␛]0;PWNED␇"))
    #expect(!first.contains("\u{1B}]0;"), "no title-setting sequence from content")
    #expect(!first.unicodeScalars.contains { $0.value == 0x9B || $0.value == 0x202E })

    backend.draw(screen, theme: Theme.builtInDefault)
    #expect(terminal.drain().count < 8, "an unchanged frame writes (almost) nothing")

    var changed = screen
    changed.put("y", column: 10, row: 4, role: .bodyText)
    backend.draw(changed, theme: Theme.builtInDefault)
    let third = terminal.drain()
    #expect(String(decoding: third, as: UTF8.self).contains("y"))
    #expect(third.count < 40, "one changed cell costs a cursor move and the glyph")
  }

  @Test func monochromeWritesNoColours() throws {
    let terminal = try #require(PseudoTerminal(width: 30, height: 4))
    let backend = try NCursesBackend(
      input: terminal.slave, output: terminal.slave, monochrome: true,
      environment: ["TERM": "xterm-256color"])
    defer { backend.stop() }
    _ = terminal.drain()
    var screen = Screen(width: 30, height: 4)
    screen.put("selected", column: 0, row: 0, role: .listSelected)
    backend.draw(screen, theme: try ThemeCatalog(userDirectory: nil).load(named: "light"))
    let output = String(decoding: terminal.drain(), as: UTF8.self)
    #expect(output.contains(/\x1B\[[0-9;]*;?7m/), "reverse video for the selection")
    #expect(!output.contains("38;5;") && !output.contains("48;5;"))
  }
}
