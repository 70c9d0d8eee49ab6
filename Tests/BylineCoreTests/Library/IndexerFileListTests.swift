import BylineCore
import Foundation
import Testing

/// The indexer lists source files with the ingest walker, Byline's one file walker, so the
/// library follows the same folder rules as reading a folder directly: hidden names skipped,
/// symlinked folders followed, a link back into a folder being walked not followed.
@Suite struct IndexerFileListTests {
  @Test func indexerListsFilesWithTheIngestWalker() throws {
    let scratch = try LibraryScratch()
    try scratch.write("a.txt", "First\n\nPutin spoke.")
    try scratch.write(".hidden.txt", "Hidden\n\nNever read.")
    try scratch.write("sub/b.txt", "Second\n\nMerkel spoke.")
    let elsewhere = scratch.root.appendingPathComponent("elsewhere")
    try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
    try "Third\n\nLinked in.".write(
      to: elsewhere.appendingPathComponent("c.txt"), atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(
      at: scratch.sources.appendingPathComponent("link"), withDestinationURL: elsewhere)
    try FileManager.default.createSymbolicLink(
      at: scratch.sources.appendingPathComponent("sub/loop"), withDestinationURL: scratch.sources)

    let listed = Indexer.standardFileList([scratch.sources]).map(\.path)
    #expect(listed == ArticleFileWalker.files(under: [scratch.sources]).files.map(\.path))
    let base = scratch.sources.path + "/"
    #expect(
      listed.map { String($0.dropFirst(base.count)) } == ["a.txt", "link/c.txt", "sub/b.txt"])

    // An indexer built without `listFiles` uses the same list.
    let library = try scratch.openLibrary()
    let report = try scratch.indexer(library).run()
    #expect(report.filesAdded == 3)
    #expect(try library.articleCount(matching: .all) == 3)
  }
}
