import Foundation
import Testing

/// Issue 18 item 7: the built binary in tmux, with xterm SGR mouse reports typed into the pane
/// (`send-keys -l`; the test server's own `mouse` option is off, as `-f /dev/null` leaves it,
/// so tmux hands the bytes to Byline as they are).
@Suite(
  .serialized,
  .enabled(if: TmuxSession.isAvailable, "tmux is not installed: end-to-end mouse tests skipped"))
struct MouseEndToEndTests {
  /// An SGR report: `code`, then 1-based column and row, `M` for a press or `m` a release.
  static func report(_ code: Int, _ column: Int, _ row: Int, release: Bool = false) -> String {
    "\u{1B}[<\(code);\(column);\(row)\(release ? "m" : "M")"
  }

  /// On xterm-256color (`kmous` `\E[<`) and tmux-256color (`kmous` `\E[M`, the X10 form) alike,
  /// as Byline reads the reports itself.
  @Test(arguments: ["xterm-256color", "tmux-256color"])
  func clicksTheWheelAndTheSeparatorDrag(term: String) throws {
    let tmux = try TmuxSession(width: 120, height: 40, environment: ["TERM": term])
    defer { tmux.close() }
    tmux.startByline(TmuxSession.fixtures)
    #expect(tmux.waitFor("article 1/5"))
    // Button-event tracking in the SGR form, never any-event tracking.
    #expect(tmux.format("#{mouse_button_flag}#{mouse_sgr_flag}#{mouse_all_flag}") == "110")
    // Until an article opens the list has the whole screen: no separator.
    #expect(!tmux.capture().contains("│"))

    // A click selects the third row (under the list's header line, `in Fixtures (5)`); a
    // double click opens it.
    tmux.type(Self.report(0, 10, 4) + Self.report(0, 10, 4, release: true))
    #expect(tmux.waitFor("article 3/5"))
    #expect(!tmux.capture().contains("│"))
    tmux.type(
      Self.report(0, 10, 4) + Self.report(0, 10, 4, release: true) + Self.report(0, 10, 4)
        + Self.report(0, 10, 4, release: true))
    #expect(tmux.waitFor(timeout: 5) { tmux.capture().contains("│") })

    // The wheel over the list moves its selection, three rows a notch, without moving the
    // keys' focus ("article n/N" numbers the open article, so each selection is opened to be
    // seen there: the double click's release left the keys in the list, the next Enter in the
    // article).
    tmux.type(Self.report(65, 10, 3))
    Thread.sleep(forTimeInterval: 0.3)
    tmux.send("Enter")
    #expect(tmux.waitFor("article 5/5"))
    tmux.type(Self.report(64, 10, 3))
    Thread.sleep(forTimeInterval: 0.3)
    tmux.send("w", "Enter")
    #expect(tmux.waitFor("article 2/5"))

    // The separator (column 49, 1-based) dragged to column 71.
    func separatorColumn() -> Int? {
      let row = tmux.capture().split(separator: "\n", omittingEmptySubsequences: false)[36]
      return Array(row).firstIndex(of: "│")
    }
    #expect(separatorColumn() == 48)
    tmux.type(Self.report(0, 49, 30) + Self.report(32, 60, 30) + Self.report(32, 71, 31))
    tmux.type(Self.report(0, 71, 31, release: true))
    #expect(tmux.waitFor(timeout: 5) { separatorColumn() == 70 })

    tmux.send("Q")
    #expect(tmux.exitStatus() == 0)
    #expect(tmux.format("#{alternate_on}#{mouse_any_flag}") == "00")
  }

  @Test func mouseNoLeavesTheMouseToTheTerminal() throws {
    let tmux = try TmuxSession(width: 100, height: 30)
    defer { tmux.close() }
    let directory = tmux.scratch.appendingPathComponent("byline")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    try "mouse no\n".write(
      to: directory.appendingPathComponent("config"), atomically: true, encoding: .utf8)
    tmux.startByline(TmuxSession.fixtures)
    #expect(tmux.waitFor("article 1/5"))
    #expect(tmux.format("#{mouse_any_flag}") == "0")
    tmux.send("Q")
    #expect(tmux.exitStatus() == 0)
  }
}
