import BylineCore
import Foundation
import Testing

/// Faults around the library file, with the built binary (issue 17, item 7): a read-only
/// library, and a library folder that vanishes while the reader runs.
@Suite(
  .serialized,
  .enabled(if: TmuxSession.isAvailable, "tmux is not installed: end-to-end fault tests skipped"))
struct LibraryFaultEndToEndTests {
  private func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
    let run = try CommandRun(URL(fileURLWithPath: TmuxSession.binary), arguments)
    return (run.status, run.output, run.errors)
  }

  /// A library on a read-only file system (a tmpfs remounted read-only, since root ignores
  /// file modes): `search`, `entity` and the reader work and say it is read-only; `add` and
  /// `index` fail with a message naming the library, exit status 1.
  @Test func readOnlyLibraryIsReadAndNotWritten() throws {
    let tmux = try TmuxSession(width: 200, height: 24)
    defer { tmux.close() }
    let folder = tmux.scratch.appendingPathComponent("shared")
    let mount: ScratchMount
    do {
      mount = try ScratchMount(at: folder, megabytes: 16)
    } catch let unavailable as ScratchMount.Unavailable {
      try Test.cancel("read-only library test skipped: \(unavailable)")
    }
    defer { withExtendedLifetime(tmux) { mount.unmount() } }
    let sources = tmux.scratch.appendingPathComponent("news")
    try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
    try GeneratedStories.write(0..<20, into: sources)
    let database = folder.appendingPathComponent("library.sqlite").path
    #expect(try run(["add", sources.path, "--library", database]).status == 0)
    try mount.remount("ro")

    let search = try run(["search", "Officials", "--library", database])
    #expect(search.status == 0)
    #expect(search.out.contains("20 of 20 results"))
    #expect(search.err.contains("the library at \(database) is read-only"))
    let entity = try run(["entity", "Berlin", "--library", database])
    #expect(entity.status == 0)
    #expect(entity.out.contains("Berlin (location, 20 articles)"))
    for command in [["add", sources.path], ["index"]] {
      let refused = try run(command + ["--library", database])
      #expect(refused.status == 1)
      #expect(refused.err.contains("cannot write the library at \(database)"), "\(refused.err)")
    }

    tmux.startByline("--library \(database)")
    #expect(tmux.waitFor("Story number 19 about Berlin"), "\(tmux.capture())")
    #expect(tmux.waitFor("Read-only library \(database)"), "\(tmux.capture())")
    tmux.send("Enter")
    #expect(tmux.waitFor("Angela Merkel met Vladimir Putin"))
    // `r` says why nothing is indexed, and what would let it be.
    tmux.send("r")
    #expect(
      tmux.waitFor("Read-only library: nothing can be indexed or marked"), "\(tmux.capture())")
    tmux.send("Q")
    #expect(tmux.exitStatus() == 0)
  }

  /// The library's folder is deleted while the reader shows it: no crash; the next attempt to
  /// write (a re-index, a star) says in the status line that the file is gone.
  @Test func vanishedLibraryFolderIsReportedNotFatal() throws {
    let tmux = try TmuxSession(width: 220, height: 24)
    defer { tmux.close() }
    let folder = tmux.scratch.appendingPathComponent("gone")
    let sources = tmux.scratch.appendingPathComponent("news")
    try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
    try GeneratedStories.write(0..<20, into: sources)
    let database = folder.appendingPathComponent("library.sqlite").path
    #expect(try run(["add", sources.path, "--library", database]).status == 0)

    tmux.startByline("--library \(database)")
    #expect(tmux.waitFor("article 1/20"), "\(tmux.capture())")
    #expect(tmux.waitFor("library up to date", timeout: 30), "\(tmux.capture())")
    try FileManager.default.removeItem(at: folder)
    tmux.send("r")
    #expect(
      tmux.waitFor("the file was removed or moved while Byline was running"),
      "\(tmux.capture())")
    tmux.send("j", "Enter")
    #expect(tmux.waitFor("Angela Merkel met Vladimir Putin"), "\(tmux.capture())")
    tmux.send("s")
    #expect(tmux.waitFor("Library error: library \(database)"), "\(tmux.capture())")
    tmux.send("Q")
    #expect(tmux.exitStatus() == 0)
    #expect(tmux.format("#{alternate_on}") == "0")
  }
}
