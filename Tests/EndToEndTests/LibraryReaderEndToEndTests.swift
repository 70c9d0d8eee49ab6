import BylineCore
import Foundation
import Testing

/// The reader on a persistent library (issue 6), in tmux: `byline add`, background indexing
/// with progress in the status line, quitting while indexing, search, open a hit, star it,
/// quit, and find the state kept at the next start.
@Suite(
  .serialized,
  .enabled(if: TmuxSession.isAvailable, "tmux is not installed: end-to-end reader tests skipped"))
struct LibraryReaderEndToEndTests {
  @Test func indexesInTheBackgroundSearchesAndKeepsReadingState() throws {
    let tmux = try TmuxSession(width: 120, height: 30)
    defer { tmux.close() }
    let database = tmux.scratch.appendingPathComponent("library.sqlite")
    let sources = tmux.scratch.appendingPathComponent("news")
    try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
    try GeneratedStories.write(0..<20, into: sources)
    try Data(
      """
      June 2, 2021

      The quokka festival opens in Perth

      Thousands came to see the quokka, a small marsupial, on Rottnest Island.

      """.utf8
    ).write(to: sources.appendingPathComponent("quokka.txt"))

    // `byline add` records and indexes the folder (in the session's temporary library).
    tmux.run("\(TmuxSession.binary) add \(sources.path) 2>\(tmux.scratch.path)/add.log")
    #expect(
      tmux.waitFor(timeout: 60) {
        (try? String(
          contentsOf: tmux.scratch.appendingPathComponent("add.log"), encoding: .utf8))?
          .contains("the library holds 21 articles") == true
      })

    // Thousands of new files: the reader opens on what is indexed and indexes the rest in the
    // background, with progress in the status line.
    try GeneratedStories.write(20..<6_000, into: sources)
    tmux.run("clear")
    tmux.startByline("")
    #expect(tmux.waitFor("article 1/21", timeout: 10), "the indexed articles at once")
    let progress = try Regex(#"indexing [0-9,]+/5,980 files · [0-9,]+/s"#)
    var sawProgress = false
    #expect(
      tmux.waitFor(timeout: 60) {
        let screen = tmux.capture()
        if screen.contains(progress) { sawProgress = true }
        return sawProgress
      }, "progress in the status line: \(tmux.capture())")
    // Quitting while indexing exits at once and leaves a consistent library.
    tmux.send("Q")
    #expect(tmux.exitStatus(timeout: 5) == 0)
    #expect(tmux.format("#{alternate_on}") == "0")
    let library = try Library.open(at: database)
    #expect(try library.integrityCheck() == ["ok"])
    let afterQuit = try library.articleCount(matching: .all)
    #expect(afterQuit > 21)

    // The next start carries on and ends with a summary.
    tmux.run("clear")
    tmux.startByline("")
    #expect(tmux.waitFor("files: ", timeout: 120), "the final summary: \(tmux.capture())")
    #expect(tmux.capture().contains("article 1/6001"))
    #expect(try library.articleCount(matching: .all) == 6_001)

    // Search the library, open the hit (marks it read), star it, back to the full list.
    tmux.send("/")
    tmux.type("quokka")
    tmux.send("Enter")
    #expect(tmux.waitFor("search: \"quokka\" (1 result)"))
    tmux.send("Enter")
    #expect(tmux.waitFor("small marsupial"))
    tmux.send("s")
    #expect(tmux.waitFor("Starred"))
    tmux.send("w", "Escape")
    #expect(tmux.waitFor(timeout: 5) { !tmux.capture().contains("search: ") })
    tmux.send("Q")
    #expect(tmux.exitStatus() == 0)

    // Start again: the state is kept.
    tmux.run("clear")
    tmux.startByline("")
    #expect(tmux.waitFor("library up to date"))
    tmux.send("S")
    #expect(tmux.waitFor("starred (1)"))
    let starred = tmux.capture().split(separator: "\n").map(String.init)
    #expect(starred.contains { $0.hasPrefix(" ★The quokka festival") }, "read and starred")
    tmux.send("Escape", "u")
    #expect(tmux.waitFor("unread (6,000)"))
    tmux.send("Q")
    #expect(tmux.exitStatus() == 0)
  }

  /// Issue 18 item 6: after `byline PATH`, `Esc` shows the whole library with PATH's article
  /// still selected, though it is far beyond the rows the list loads first (the library finds
  /// its row in one query).
  @Test func escapeAfterAPathSelectsItsArticleDeepInTheLibrary() throws {
    let tmux = try TmuxSession(width: 100, height: 24)
    defer { tmux.close() }
    let sources = tmux.scratch.appendingPathComponent("news")
    try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
    try GeneratedStories.write(0..<300, into: sources)
    tmux.run("\(TmuxSession.binary) add \(sources.path) 2>\(tmux.scratch.path)/add.log")
    #expect(
      tmux.waitFor(timeout: 120) {
        (try? String(
          contentsOf: tmux.scratch.appendingPathComponent("add.log"), encoding: .utf8))?
          .contains("the library holds 300 articles") == true
      })
    // The list's order: newest first (the stories are dated March 1 + index % 28), then by
    // title.
    let order = (0..<300).sorted {
      let (day0, day1) = (1 + $0 % 28, 1 + $1 % 28)
      return day0 != day1 ? day0 > day1 : "Story number \($0)" < "Story number \($1)"
    }
    let row = try #require(order.firstIndex(of: 7))
    #expect(row > 200)
    tmux.startByline(sources.appendingPathComponent("story-00007.txt").path)
    #expect(tmux.waitFor("article 1/1"), "\(tmux.capture())")
    tmux.send("Escape")
    #expect(tmux.waitFor("article \(row + 1)/300"), "\(tmux.capture())")
    #expect(tmux.capture().contains("Story number 7 about Berlin"))
    tmux.send("Enter")
    #expect(tmux.waitFor("Officials said meeting number 7 went well"), "\(tmux.capture())")
    tmux.send("Q")
    #expect(tmux.exitStatus() == 0)
  }

  @Test func terminateWhileIndexingExitsAtOnceAndLeavesAConsistentLibrary() throws {
    let tmux = try TmuxSession(width: 100, height: 20)
    defer { tmux.close() }
    let sources = tmux.scratch.appendingPathComponent("news")
    try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
    try GeneratedStories.write(0..<6_000, into: sources)
    tmux.startByline(sources.path)
    #expect(tmux.waitFor("indexing", timeout: 20))
    let pid = try #require(tmux.bylinePID())
    kill(pid, SIGTERM)
    #expect(tmux.exitStatus(timeout: 3) == 143)
    #expect(tmux.format("#{alternate_on}") == "0")
    let library = try Library.open(
      at: tmux.scratch.appendingPathComponent("library.sqlite"))
    #expect(try library.integrityCheck() == ["ok"])
  }
}
