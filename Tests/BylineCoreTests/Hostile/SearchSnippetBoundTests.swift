import BylineCore
import Foundation
import Testing

/// Issue 17, finding 4: FTS5's `snippet()` over an article with 40,000 hits took 13 s (its cost
/// grows with the square of the hits). A long body gets an excerpt around its first hit.
@Suite struct SearchSnippetBoundTests {
  @Test func anArticleWithFortyThousandHitsGetsAShortSnippet() throws {
    let scratch = try LibraryScratch()
    _ = try scratch.write(
      "hits.txt", "Hits\n\nStart here. " + String(repeating: "word ", count: 40_000))
    _ = try scratch.write("short.txt", "Short\n\nA word in a short text.")
    let library = try scratch.openLibrary()
    try scratch.indexer(library).run()
    let results = try library.search(query: "word")
    #expect(results.total == 2)
    for hit in results.hits {
      let snippet = try #require(hit.summary.snippet)
      #expect(snippet.count < 300)
      let first = try #require(hit.snippetMatches.first)
      #expect(snippet.unicodeScalarSlice(first) == "word")
    }
    let long = try #require(results.hits.first { $0.summary.title == "Hits" }?.summary.snippet)
    #expect(long.hasPrefix("Start here. word") && long.hasSuffix("…"))
  }
}
