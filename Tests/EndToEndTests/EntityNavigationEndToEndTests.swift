import Foundation
import Testing

/// Issue 5 in the built binary: the sample library, Tab to a person, the entity page, another
/// article focused on that person, back twice to the same screens, highlight colours checked
/// with `capture-pane -e`.
@Suite(
  .serialized,
  .enabled(if: TmuxSession.isAvailable, "tmux is not installed: end-to-end entity tests skipped"))
struct EntityNavigationEndToEndTests {
  /// SGR parameters of the default theme: entity.person is bold green, entity.focused bold
  /// black on white (themes/default.theme).
  static let focusedKim = "\u{1B}[30m\u{1B}[47mKim Dae-jung"
  /// Kim Dae-jung drawn as a person (bold green).
  static let personKim = "\u{1B}[32mKim Dae-jung"

  @Test func tabEnterAnotherArticleAndBackTwice() throws {
    let tmux = try TmuxSession(width: 100, height: 30)
    defer { tmux.close() }
    tmux.startByline("")
    #expect(tmux.waitFor("Kim Dae-jung wins the No"))
    tmux.send("j", "Enter")
    #expect(tmux.waitFor("Nobel Peace Prize"))
    tmux.send("z")
    #expect(tmux.waitFor("reading mode (z)"))
    let colouredArticle = tmux.capture(escapes: true)
    #expect(colouredArticle.contains(Self.personKim), "entity.person in green")
    #expect(!colouredArticle.contains(Self.focusedKim))

    var found = false
    for _ in 0..<30 {
      tmux.send("Tab")
      if tmux.waitFor(timeout: 1, { tmux.capture().contains("· person · ") }) {
        found = true
        break
      }
    }
    #expect(found)
    #expect(tmux.waitFor("Kim Dae-jung · person · 4 articles"))
    let article = tmux.capture()
    let focused = tmux.capture(escapes: true)
    #expect(focused.contains(Self.focusedKim), "entity.focused drawn black on white")

    tmux.send("Enter")
    #expect(tmux.waitFor("Seen as: Kim Dae-jung"))
    #expect(tmux.capture().contains("Often with"))
    tmux.send("j")
    #expect(tmux.waitFor("entity: Kim Dae-jung  2/"))
    let page = tmux.capture()

    tmux.send("Enter")
    #expect(tmux.waitFor("Kim Dae-jung and Kim Jong-il meet in Pyongyang"))
    #expect(tmux.waitFor("Kim Dae-jung · person · 4 articles"))
    #expect(tmux.capture(escapes: true).contains(Self.focusedKim))

    tmux.send("BSpace")
    #expect(tmux.waitFor("Seen as: Kim Dae-jung"))
    #expect(tmux.waitFor(timeout: 5) { tmux.capture() == page })
    tmux.send("BSpace")
    #expect(tmux.waitFor(timeout: 5) { tmux.capture() == article })

    tmux.send("H")
    #expect(tmux.waitFor("Entity highlighting off (H)"))
    let plain = tmux.capture(escapes: true)
    #expect(!plain.contains(Self.personKim), "no person colour with highlighting off")
    #expect(plain.contains(Self.focusedKim), "the focus still shows")
    tmux.send("q", "q", "q")
    #expect(tmux.exitStatus() == 0)
    #expect(tmux.format("#{alternate_on}") == "0")
  }

  /// A link outside the library: Enter asks, y leaves curses, runs $BROWSER with the URL as
  /// one argument (no shell), and the screen comes back with the outcome in the status line.
  @Test func outsideLinkOpensInTheBrowserAfterY() throws {
    let tmux = try TmuxSession(width: 100, height: 24)
    defer { tmux.close() }
    let home = tmux.scratch
    let article = home.appendingPathComponent("link.md")
    try "# A page with a link\n\nRead [the report](https://example.org/a?b=1&c=$(id)) today.\n"
      .write(to: article, atomically: true, encoding: .utf8)
    let record = home.appendingPathComponent("argv")
    let browser = home.appendingPathComponent("browser")
    try "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > '\(record.path)'\n"
      .write(to: browser, atomically: true, encoding: .utf8)
    chmod(browser.path, 0o755)
    tmux.run("export BROWSER='\(browser.path)'")
    tmux.startByline(article.path)
    #expect(tmux.waitFor("A page with a link"))
    tmux.send("Enter", "Tab")
    #expect(tmux.waitFor("Link: https://example.org/a?b=1&c=$(id)"))
    tmux.send("Enter")
    #expect(tmux.waitFor("open in browser? (y/n)"))
    tmux.send("n")
    #expect(tmux.waitFor("Not opened"))
    #expect(!FileManager.default.fileExists(atPath: record.path))
    tmux.send("Enter", "y")
    #expect(tmux.waitFor("Opened with \(browser.path)"))
    #expect(tmux.capture().contains("Read the report today."))
    #expect(tmux.format("#{alternate_on}") == "1")
    let argv = try String(contentsOf: record, encoding: .utf8)
    #expect(argv == "https://example.org/a?b=1&c=$(id)\n")
    tmux.send("Q")
    #expect(tmux.exitStatus() == 0)
  }

  /// Issue 18: `o` opens the article's own link (shown in its header) with $BROWSER, the URL
  /// as one argument however many shell characters it holds, and the reader comes back.
  @Test func oHandsTheArticlesURLToTheBrowserAsOneArgument() throws {
    let tmux = try TmuxSession(width: 100, height: 24)
    defer { tmux.close() }
    let home = tmux.scratch
    let url = "https://example.org/story?a=1&b=$(id)'quoted'"
    let article = home.appendingPathComponent("story.json")
    let json: [String: String] = [
      "title": "A story with its own link", "url": url, "text": "Nothing to follow here.",
    ]
    try JSONSerialization.data(withJSONObject: json).write(to: article)
    let record = home.appendingPathComponent("argv")
    let browser = home.appendingPathComponent("browser")
    try "#!/bin/sh\nprintf '%s\\n' \"$#\" \"$@\" > '\(record.path)'\n"
      .write(to: browser, atomically: true, encoding: .utf8)
    chmod(browser.path, 0o755)
    tmux.run("export BROWSER='\(browser.path)'")
    tmux.startByline(article.path)
    #expect(tmux.waitFor("A story with its own link"))
    tmux.send("Enter")
    #expect(tmux.waitFor("https://example.org/story?a=1&b=$(id)'quoted'"))
    tmux.send("o")
    #expect(tmux.waitFor("Opened with \(browser.path)"))
    #expect(tmux.format("#{alternate_on}") == "1")
    let argv = try String(contentsOf: record, encoding: .utf8)
    #expect(argv == "1\n\(url)\n")
    tmux.send("Q")
    #expect(tmux.exitStatus() == 0)
  }
}
