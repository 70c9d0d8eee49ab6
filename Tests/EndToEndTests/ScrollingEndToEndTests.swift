import Foundation
import Testing

/// Byline moves scrolled rows on the terminal itself (delete and insert line) and tells curses
/// so. If the two ever disagreed, the screen would show stale rows that a full repaint (C-l)
/// corrects; so after scrolling both ways the screen must not change on C-l.
@Suite(
  .serialized,
  .enabled(if: TmuxSession.isAvailable, "tmux is not installed: scrolling end-to-end tests skipped")
)
struct ScrollingEndToEndTests {
  /// A long article with wide (Korean, Chinese) and accented text in some paragraphs.
  static func writeArticle(in folder: URL) throws -> String {
    var paragraphs: [String] = []
    for number in 0..<60 {
      let words = (0..<(20 + number % 17)).map { "word\(($0 * 7 + number) % 23)" }
      var text = "Paragraph \(number): " + words.joined(separator: " ") + "."
      if number % 5 == 2 { text += " 서울시는 북항 재개발 계획을 발표했다. 北京国际科技博览会 Zoë café." }
      paragraphs.append(text)
    }
    let article =
      "2024-03-05\n\nScrolling both ways\n\n" + paragraphs.joined(separator: "\n\n") + "\n"
    let path = folder.appendingPathComponent("scrolling.txt").path
    try article.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test(arguments: [
    ("--layout stacked", "", "xterm-256color"), ("--layout stacked", "", "tmux-256color"),
    ("", "z", "screen-256color"), ("--layout stacked", "", "linux"),
    ("--layout stacked", "", "vt100"),
  ])
  func scrolledScreenEqualsAFullRepaint(layout: String, mode: String, term: String) throws {
    let tmux = try TmuxSession(width: 80, height: 24)
    defer { tmux.close() }
    let article = try Self.writeArticle(in: tmux.scratch)
    // tmux sets TERM in its panes, so the terminal type goes on the command line.
    tmux.run(
      "TERM=\(term) \(TmuxSession.binary) \(layout) \(article); echo EXIT=$? > \(tmux.scratch.path)/exit"
    )
    #expect(tmux.waitFor("article 1/1"))
    tmux.send("Enter")
    #expect(tmux.waitFor("Paragraph 0"))
    if !mode.isEmpty {
      tmux.send(mode)
      #expect(tmux.waitFor("reading mode"))
    }
    let keys =
      Array(repeating: "j", count: 30) + Array(repeating: "k", count: 9)
      + ["C-d", "j", "j", "C-u", "k"] + Array(repeating: "j", count: 12)
    for key in keys { tmux.send(key) }
    let settled = { () -> (text: String, colours: [Substring]) in
      var last = ""
      _ = tmux.waitFor(timeout: 5) {
        let now = tmux.capture(escapes: true)
        defer { last = now }
        return now == last
      }
      // The status row is left out of the colour comparison: curses may erase its blanks
      // (default foreground) one time and write them (theme foreground) another.
      return (tmux.capture(), last.split(separator: "\n").dropLast())
    }
    let scrolled = settled()
    #expect(!scrolled.text.contains("Paragraph 0:"), "the article scrolled")
    tmux.send("C-l")
    Thread.sleep(forTimeInterval: 0.3)
    let repainted = settled()
    #expect(scrolled.text == repainted.text)
    #expect(scrolled.colours == repainted.colours)
    tmux.send("Q")
    #expect(tmux.exitStatus() == 0)
  }
}
