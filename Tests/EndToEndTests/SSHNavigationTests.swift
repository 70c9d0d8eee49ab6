import BylineCore
import Foundation
import Testing

extension SSHTests {
  /// Entity jumps and library search in Byline over `ssh -tt`, on the bundled samples: `Tab` to
  /// a person (named in the status line, drawn focused), `Enter` for the entity page, another
  /// article from it, back twice to the same screens; then `/` in the list, a hit opened, `Esc`
  /// back to the full list.
  @Suite struct NavigationTests {
    /// The person the test jumps to; the samples mention them in several articles.
    static let person = "Kim Dae-jung"
    /// The library search the test runs.
    static let query = "Sputnik"

    /// How the focused entity looks in `capture-pane -e` for `term`: the default theme's
    /// `entity.focused` (black on white) in colour, and reverse video where the terminal has
    /// no colour (`vt100`), so the focus never rests on colour alone.
    static func focusedPerson(term: String) -> Regex<Substring> {
      if term == "vt100" { return #/\x1b\[(?:0;)?7mKim Dae-jung/# }
      return #/\x1b\[30m\x1b\[47mKim Dae-jung/#
    }

    @Test(arguments: ["xterm-256color", "vt100"])
    func entityJumpsAndSearch(term: String) async throws {
      try #require(FileManager.default.isExecutableFile(atPath: SSHBylineProgram.binary))
      try await SSHServer.withServer { server in
        // No path and no source: Byline opens (and on this first start indexes) the samples.
        let remote = SSHBylineProgram.command(markerDirectory: server.directory.path, paths: [])
        let session = try SSHTmuxSession(
          server: server, remote: remote, term: term, width: 80, height: 24)
        let indexed = try await session.waitUntil(timeout: .seconds(30)) { rows in
          SSHReaderScreen.statusLine(rows).contains("· indexe")
        }
        #expect(indexed, "the samples were not indexed: \(session.diagnostics())")
        let library = try Library.open(
          at: server.directory.appendingPathComponent("library-samples.sqlite"))
        let total = try library.articleCount(matching: .all)
        let person = try #require(try library.entities(named: Self.person, limit: 1).first)
        #expect(person.articleCount > 1)
        #expect(try await session.waitForQuiet())

        // The second article, then Tab from entity to entity until the person.
        try session.sendKeys("j", "Enter")
        let opened = try await session.waitUntil { rows in
          SSHReaderScreen.articlePane(rows).contains { $0.contains("Norwegian Nobel Committee") }
        }
        #expect(opened, "the article did not open: \(session.diagnostics())")
        #expect(try await session.waitForQuiet())
        let focus = Self.focusedPerson(term: term)
        #expect(try !session.capture(escapes: true).contains(focus), "focused before any Tab")
        let named = "\(Self.person) · person · \(person.articleCount) articles"
        var tabs = 0
        while try !SSHReaderScreen.statusLine(session.rows()).contains(named), tabs < 12 {
          try session.sendKeys("Tab")
          tabs += 1
          _ = try await session.waitForQuiet()
        }
        #expect(
          try SSHReaderScreen.statusLine(session.rows()).contains(named),
          "no Tab reached \(Self.person): \(session.diagnostics())")
        #expect(try session.capture(escapes: true).contains(focus), "the focus is not drawn")
        let article = try SSHReaderScreen.articlePane(session.rows())

        // The entity page, its second article, and back twice to the same screens.
        try session.sendKeys("Enter")
        #expect(try await session.waitFor("Seen as: \(Self.person)"), "\(session.diagnostics())")
        try session.sendKeys("j")
        #expect(try await session.waitFor("entity: \(Self.person)  2/"))
        #expect(try await session.waitForQuiet())
        let page = try SSHReaderScreen.articlePane(session.rows())
        let second = "Kim Dae-jung and Kim Jong-il meet in Pyongyang"
        #expect(try SSHReaderScreen.listRow(session.rows(), title: second)?.hasPrefix("●") == true)
        try session.sendKeys("Enter")
        let other = try await session.waitUntil { rows in
          SSHReaderScreen.articlePane(rows).contains { $0.contains(second) }
            && SSHReaderScreen.statusLine(rows).contains(named)
        }
        #expect(other, "the second article did not open: \(session.diagnostics())")
        #expect(try session.capture(escapes: true).contains(focus))
        let read = try SSHReaderScreen.listRow(session.rows(), title: second)
        #expect(read?.hasPrefix("●") == false, "opened but still unread: \(read ?? "no row")")

        try session.sendKeys("BSpace")
        let backToPage = try await session.waitUntil { SSHReaderScreen.articlePane($0) == page }
        #expect(backToPage, "not back on the entity page: \(session.diagnostics())")
        try session.sendKeys("BSpace")
        let backToArticle = try await session.waitUntil {
          SSHReaderScreen.articlePane($0) == article
        }
        #expect(backToArticle, "not back on the first article: \(session.diagnostics())")

        // Search the library from the list, open the first hit, then the full list again.
        let results = try library.search(query: Self.query)
        let hit = try #require(results.hits.first?.summary.title)
        try session.sendKeys("q")
        #expect(try await session.waitForQuiet())
        try session.sendKeys("/")
        try session.type(Self.query)
        try session.sendKeys("Enter")
        let header =
          "search: \"\(Self.query)\" (\(results.total) result\(results.total == 1 ? "" : "s"))"
        #expect(try await session.waitFor(header), "\(session.diagnostics())")
        #expect(try await session.waitForQuiet())
        try session.sendKeys("Enter")
        let hitOpened = try await session.waitUntil { rows in
          SSHReaderScreen.articlePane(rows).first?.hasPrefix(" " + hit.prefix(30)) == true
        }
        #expect(hitOpened, "the hit \(hit) did not open: \(session.diagnostics())")
        try session.sendKeys("q", "Escape")
        let fullList = try await session.waitUntil { rows in
          !rows.contains { $0.contains("search: ") }
            && SSHReaderScreen.statusLine(rows).contains("/\(total)")
        }
        #expect(fullList, "not back to the full list: \(session.diagnostics())")

        #expect(try await session.waitForQuiet())
        try session.sendKeys("Q")
        #expect(try await session.waitForClientExit(), "\(session.diagnostics())")
        #expect(try remote.exitStatus() == 0)
        #expect(try remote.runningProcesses().isEmpty)
        #expect(await session.close())
      }
    }
  }
}
