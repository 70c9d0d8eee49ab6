import BylineCore
import Foundation
import Testing

extension SSHTests {
  /// A dropped connection in the middle of reading: Byline exits on SIGHUP with the reading
  /// state saved, leaves nothing running, and the next session over SSH finds the article read
  /// and reopens it where the reader was.
  @Suite struct ReadingStateTests {
    /// The title of the long article.
    static let title = "The long report on the river"

    /// Writes a long article whose paragraphs are labelled `P001`…`P060` (one row each at
    /// 80 columns) and a short one into `folder`.
    static func writeArticles(into folder: URL) throws {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      var long = "2024-05-02\n\n\(title)\n\n"
      for number in 1...60 {
        long += String(
          format: "P%03d The river rose by %d centimetres overnight.\n\n", number, number)
      }
      try Data(long.utf8).write(to: folder.appendingPathComponent("long.txt"))
      try Data("2024-05-01\n\nA short note\n\nNothing else happened.\n".utf8)
        .write(to: folder.appendingPathComponent("short.txt"))
    }

    @Test func hangUpMidArticleSavesTheReadingState() async throws {
      try #require(FileManager.default.isExecutableFile(atPath: SSHBylineProgram.binary))
      try await SSHServer.withServer { server in
        let news = server.directory.appendingPathComponent("news")
        try Self.writeArticles(into: news)
        let first = SSHBylineProgram.command(
          markerDirectory: server.directory.path, paths: [news.path], name: "first")
        let session = try SSHTmuxSession(server: server, remote: first, width: 80, height: 24)
        let indexed = try await session.waitUntil(timeout: .seconds(30)) { rows in
          SSHReaderScreen.statusLine(rows).contains("indexed 2 new")
        }
        #expect(indexed, "the articles were not indexed: \(session.diagnostics())")
        #expect(
          try SSHReaderScreen.listRow(session.rows(), title: Self.title)?.hasPrefix("●") == true)
        #expect(try await session.waitForQuiet())

        // Open the long article (the newest, selected) and scroll well into it.
        try session.sendKeys("Enter")
        #expect(try await session.waitFor("P001 The river"), "\(session.diagnostics())")
        try session.sendKeys(
          "j", "j", "j", "j", "j", "j", "j", "j", "j", "j", "j", "j", "j", "j", "j")
        let scrolled = try await session.waitUntil { rows in
          SSHReaderScreen.topParagraphLabel(rows).map { $0 > "P004" } == true
        }
        #expect(scrolled, "j did not scroll: \(session.diagnostics())")
        #expect(try await session.waitForQuiet())
        let top = try #require(try SSHReaderScreen.topParagraphLabel(session.rows()))

        // The connection drops: SIGHUP for Byline, which saves and exits; nothing is left.
        let sessionID = try #require(try first.sessionID())
        #expect(SSHProcessTable.running(inSession: sessionID).contains { $0.name == "byline" })
        try session.killClient(signal: SIGKILL)
        let gone = try await SSHPolling.waitUntil { try first.runningProcesses().isEmpty }
        #expect(gone, "left running: \((try? first.runningProcesses()) ?? [])")
        #expect(await session.close())

        // Saved in the library: read, and not at the top any more.
        let library = try Library.open(at: SSHBylineProgram.library(in: server.directory.path))
        let summary = try #require(
          try library.summaries(matching: .all, order: .date, offset: 0, limit: 10)
            .first { $0.title == Self.title })
        #expect(summary.isRead)
        #expect(try library.readingState(for: summary.key).lastParagraph > 0)

        // A new session on the same library: shown read, reopened at the same paragraph.
        let second = SSHBylineProgram.command(
          markerDirectory: server.directory.path, paths: [news.path], name: "second")
        let again = try SSHTmuxSession(server: server, remote: second, width: 80, height: 24)
        #expect(try await again.waitFor("library up to date"), "\(again.diagnostics())")
        let row = try SSHReaderScreen.listRow(again.rows(), title: Self.title)
        #expect(row?.hasPrefix("●") == false, "the article is not shown read: \(row ?? "no row")")
        #expect(try await again.waitForQuiet())
        try again.sendKeys("Enter")
        let restored = try await again.waitUntil { rows in
          SSHReaderScreen.topParagraphLabel(rows) == top
        }
        #expect(restored, "not reopened at \(top): \(again.diagnostics())")
        try again.sendKeys("Q")
        #expect(try await again.waitForClientExit(), "\(again.diagnostics())")
        #expect(try second.exitStatus() == 0)
        #expect(try second.runningProcesses().isEmpty)
        #expect(await again.close())
      }
    }
  }
}
