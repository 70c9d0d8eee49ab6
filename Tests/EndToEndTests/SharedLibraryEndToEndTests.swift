import BylineCore
import Foundation
import Testing

/// Two Byline processes on one library (issue 6): `byline add` indexes thousands of files while
/// the reader, started on the same library, lists what has landed, stars an article and quits.
/// Both finish cleanly, and the library holds every article and the star.
@Suite(
  .serialized,
  .enabled(if: TmuxSession.isAvailable, "tmux is not installed: end-to-end reader tests skipped"))
struct SharedLibraryEndToEndTests {
  @Test func theReaderReadsAndWritesWhileAnotherProcessIndexes() throws {
    let tmux = try TmuxSession(width: 100, height: 20)
    defer { tmux.close() }
    let database = tmux.scratch.appendingPathComponent("library.sqlite")
    let sources = tmux.scratch.appendingPathComponent("news")
    try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
    let total = 2_500
    try GeneratedStories.write(0..<total, into: sources)

    // The indexing process, at the lowest priority so the reader is not starved of the CPU.
    let indexer = Process()
    indexer.executableURL = URL(fileURLWithPath: "/usr/bin/nice")
    indexer.arguments = [
      "-n", "19", TmuxSession.binary, "add", sources.path, "--library", database.path,
    ]
    indexer.standardOutput = FileHandle.nullDevice
    indexer.standardError = FileHandle.nullDevice
    try indexer.run()
    let deadline = Date().addingTimeInterval(60)
    while Date() < deadline && indexer.isRunning {
      if let library = try? Library.open(at: database),
        let count = try? library.articleCount(matching: .all), count > 0
      {
        break
      }
      usleep(20_000)
    }

    // The reader on the same library: it lists what is there, and a star is saved while the
    // other process (and the reader's own background run) write.
    tmux.startByline("")
    #expect(
      tmux.waitFor(timeout: 20) { tmux.capture().contains("Story number") },
      "the reader lists the articles indexed so far: \(tmux.capture())")
    tmux.send("s")
    #expect(tmux.waitFor("Starred"), "star saved: \(tmux.capture())")
    tmux.send("Q")
    #expect(tmux.exitStatus() == 0)

    indexer.waitUntilExit()
    #expect(indexer.terminationStatus == 0, "byline add failed beside the reader")
    let library = try Library.open(at: database)
    #expect(try library.integrityCheck() == ["ok"])
    #expect(try library.articleCount(matching: .all) == total)
    #expect(try library.articleCount(matching: ArticleFilter(starredOnly: true)) == 1)
  }

  /// Several processes opening one new library at the same moment (a script polling for the
  /// library while `byline add` creates it): every one gets the library, none fails on a
  /// half-made schema or a busy file, and none takes another's new file for a damaged one.
  @Test func processesOpeningANewLibraryAtOnceAllGetIt() throws {
    let scratch = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-open-race-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: scratch) }
    for round in 0..<4 {
      let database = scratch.appendingPathComponent("\(round)/library.sqlite")
      let failures = Locked<[String]>([])
      DispatchQueue.concurrentPerform(iterations: 6) { _ in
        do {
          let run = try CommandRun(
            CommandRun.binary, ["search", "Berlin", "--library", database.path])
          if run.status != 0 || !run.errors.isEmpty {
            failures.withLock { $0.append("exit \(run.status): \(run.errors)") }
          }
        } catch {
          failures.withLock { $0.append("\(error)") }
        }
      }
      #expect(failures.withLock { $0 } == [], "round \(round)")
      let names = try FileManager.default.contentsOfDirectory(
        atPath: database.deletingLastPathComponent().path)
      #expect(!names.contains { $0.contains(".corrupt-") }, "\(names)")
    }
  }
}
