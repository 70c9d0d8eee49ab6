import BylineCore
import Foundation
import Testing

/// `Library.open(forReadingAt:)`, which `byline search` uses: the same answers as a full open,
/// without writing to the library; anything a full open would create, repair or refuse is
/// still created, repaired or refused.
@Suite struct LibraryOpenForReadingTests {
  @Test func searchesLikeAFullOpenAndLeavesTheFileAsItWas() throws {
    let scratch = try LibraryScratch()
    try scratch.write("a.txt", "Summit in Berlin\n\nMerkel met officials in Berlin on Monday.")
    try scratch.write("b.txt", "Other news\n\nRain in Madrid.")
    do {
      let library = try scratch.openLibrary()
      try scratch.indexer(library).run()
    }
    let expected = try Library.open(at: scratch.database).search(query: "berlin")
    let before = try Data(contentsOf: scratch.database)
    let modified =
      try FileManager.default.attributesOfItem(atPath: scratch.database.path)[
        .modificationDate] as? Date
    let results = try Library.open(forReadingAt: scratch.database).search(query: "berlin")
    #expect(results.total == 1)
    #expect(results.hits.map(\.summary.title) == expected.hits.map(\.summary.title))
    #expect(results.hits.map(\.summary.snippet) == expected.hits.map(\.summary.snippet))
    #expect(try Data(contentsOf: scratch.database) == before)
    #expect(
      try FileManager.default.attributesOfItem(atPath: scratch.database.path)[.modificationDate]
        as? Date == modified)
  }

  @Test func createsAMissingLibraryAsAFullOpenDoes() throws {
    let scratch = try LibraryScratch()
    let library = try Library.open(forReadingAt: scratch.database)
    #expect(try library.search(query: "anything").total == 0)
    #expect(FileManager.default.fileExists(atPath: scratch.database.path))
    #expect(!library.isReadOnly)
  }

  @Test func movesADamagedLibraryAsideAsAFullOpenDoes() throws {
    let scratch = try LibraryScratch()
    try FileManager.default.createDirectory(
      at: scratch.database.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(repeating: 0x41, count: 8192).write(to: scratch.database)
    let library = try Library.open(forReadingAt: scratch.database)
    #expect(library.recovery != nil)
    #expect(try library.search(query: "anything").total == 0)
  }
}
