import BylineCore
import Foundation
import Testing

/// Issue 18 item 8: a file that gives no article because it is broken is counted and named as
/// unreadable by an index run (the reader's "1 unreadable: bad.json"), not taken as an empty
/// file.
@Suite struct IndexerUnreadableFileTests {
  @Test func brokenJSONFileIsAFailureNamedWithItsError() throws {
    let scratch = try LibraryScratch()
    try scratch.write("bad.json", "{\"title\": ")
    try scratch.write("ok.txt", "A title\n\nSome body text.\n")
    let library = try scratch.openLibrary()
    let report = try Indexer.standard(library: library, tagger: nil).run()
    #expect(report.articlesAdded == 1)
    let failure = try #require(report.failures.first)
    #expect(report.failures.count == 1)
    #expect("\(failure)".contains("bad.json"), "\(failure)")
    #expect("\(failure)".contains("JSON"), "\(failure)")
    // The library keeps the error with the file, for the reader's `!`, through runs that do
    // not read the file again, until it reads.
    #expect(try library.unreadableFiles(limit: 10) == [failure])
    let again = try Indexer.standard(library: library, tagger: nil).run()
    #expect(again.failures.isEmpty)
    #expect(try library.unreadableFiles(limit: 10) == [failure])
    try scratch.write(
      "bad.json", "{\"title\": \"Mended\", \"body\": \"Now it reads.\"}",
      modified: Date().addingTimeInterval(60))
    _ = try Indexer.standard(library: library, tagger: nil).run()
    #expect(try library.unreadableFiles(limit: 10).isEmpty)
  }
}
