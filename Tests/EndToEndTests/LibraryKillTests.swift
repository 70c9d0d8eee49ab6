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

  /// SIGKILL at ten seeded random points of an index (issue 17, item 7). Runs alternate between
  /// `index --rebuild` (a full index every time, so the kill lands anywhere in one: the
  /// clearing transaction, a batch, the deferred indexes) and `index` (carrying on from the
  /// last kill). After every kill the library opens without recovery, passes SQLite's and the
  /// full-text index's checks, and its counts agree: every article searchable and linked, and
  /// nothing committed lost by a run that carries on. The run after the last kill completes.
  @Test func killsAtRandomPointsNeverCorruptTheLibrary() throws {
    let binary = Self.packageRoot.appendingPathComponent(".build/debug/byline")
    try #require(FileManager.default.isExecutableFile(atPath: binary.path))
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-random-kill-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let sources = root.appendingPathComponent("src")
    try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
    let total = 1_500
    try GeneratedStories.write(0..<total, into: sources)
    let database = root.appendingPathComponent("library.sqlite")
    try Library.open(at: database).addSource(sources)

    var seed: UInt64 = 17
    var kept = 0
    for run in 0..<10 {
      // SplitMix64: the same ten delays, 0 to 1.5 s, on every machine.
      seed &+= 0x9E37_79B9_7F4A_7C15
      var mixed = (seed ^ (seed >> 30)) &* 0xBF58_476D_1CE4_E5B9
      mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
      let delay = useconds_t((mixed ^ (mixed >> 31)) % 1_500_000)
      let rebuild = run.isMultiple(of: 2)
      let child = Process()
      child.executableURL = binary
      child.arguments = ["index", "--library", database.path] + (rebuild ? ["--rebuild"] : [])
      child.standardError = FileHandle.nullDevice
      try child.run()
      usleep(delay)
      kill(child.processIdentifier, SIGKILL)
      child.waitUntilExit()

      let context: Comment = "run \(run), killed after \(delay) µs"
      let library = try Library.open(at: database)
      #expect(library.recovery == nil, context)
      #expect(try library.integrityCheck() == ["ok"], context)
      let count = try library.articleCount(matching: .all)
      if !rebuild { #expect(count >= kept, "committed articles were lost: \(context)") }
      #expect(try library.search(query: "Officials").total == count, context)
      if count > 0 {
        let berlin = try #require(try library.entities(named: "Berlin", limit: 1).first)
        #expect(berlin.articleCount == count, context)
      }
      kept = count
    }

    let last = Process()
    last.executableURL = binary
    last.arguments = ["index", "--library", database.path]
    last.standardError = FileHandle.nullDevice
    try last.run()
    last.waitUntilExit()
    #expect(last.terminationStatus == 0)
    let library = try Library.open(at: database)
    #expect(try library.articleCount(matching: .all) == total)
    #expect(try library.integrityCheck() == ["ok"])
    #expect(try library.entities(named: "Berlin", limit: 1).first?.articleCount == total)
  }
}
