import BylineCore
import Foundation
import Testing

/// Kills `byline add` with SIGKILL part-way through indexing and checks that the library is
/// consistent and that the next `byline index` carries on to the full count.
@Suite struct LibraryKillTests {
  private static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  @Test func killedIndexLeavesConsistentLibraryAndNextRunCarriesOn() throws {
    let binary = Self.packageRoot.appendingPathComponent(".build/debug/byline")
    try #require(FileManager.default.isExecutableFile(atPath: binary.path))
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-kill-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let sources = root.appendingPathComponent("src")
    try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
    let total = 6_000
    try GeneratedStories.write(0..<total, into: sources)
    let database = root.appendingPathComponent("library.sqlite")

    // At the lowest priority (`nice` execs byline in the same process), so that on a busy
    // machine this test's polling still sees the first batch before the last one lands.
    let child = Process()
    child.executableURL = URL(fileURLWithPath: "/usr/bin/nice")
    child.arguments = ["-n", "19", binary.path, "add", sources.path, "--library", database.path]
    child.standardError = FileHandle.nullDevice
    try child.run()
    // Wait for the first committed batch, then kill without warning.
    let deadline = Date().addingTimeInterval(60)
    var seen = 0
    while Date() < deadline && child.isRunning {
      if FileManager.default.fileExists(atPath: database.path),
        let library = try? Library.open(at: database),
        let count = try? library.articleCount(matching: .all), count > 0
      {
        seen = count
        break
      }
      usleep(20_000)
    }
    try #require(child.isRunning, "indexing finished before it could be killed")
    kill(child.processIdentifier, SIGKILL)
    child.waitUntilExit()
    #expect(child.terminationReason == .uncaughtSignal)

    let library = try Library.open(at: database)
    #expect(library.recovery == nil)
    #expect(try library.integrityCheck() == ["ok"])
    let afterKill = try library.articleCount(matching: .all)
    #expect(afterKill >= seen && afterKill < total)
    // Every committed article is complete: searchable, with its entities.
    #expect(try library.search(query: "Officials").total == afterKill)
    let berlin = try #require(try library.entities(named: "Berlin", limit: 1).first)
    #expect(try library.articleCount(matching: ArticleFilter(entityID: berlin.id)) == afterKill)

    let again = Process()
    again.executableURL = binary
    again.arguments = ["index", "--library", database.path]
    again.standardError = FileHandle.nullDevice
    try again.run()
    again.waitUntilExit()
    #expect(again.terminationStatus == 0)
    #expect(try library.articleCount(matching: .all) == total)
    #expect(try library.integrityCheck() == ["ok"])
    #expect(try library.entities(named: "Berlin", limit: 1).first?.articleCount == total)
  }
}
