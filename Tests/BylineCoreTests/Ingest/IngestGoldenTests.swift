import Foundation
import Testing

@testable import BylineCore

/// Golden tests: every fixture in `Fixtures/Ingest` is read and dumped (articles at width 72, then
/// diagnostics), and the dump must equal `Fixtures/Golden/<fixture>.txt`. Run with
/// `RECORD_SNAPSHOTS=1` to rewrite the golden files; a recording run fails on purpose so it is
/// never mistaken for a passing one.
@Suite struct IngestGoldenTests {
  static let fixtures = [
    "plain-seed-shape.txt", "plain-no-date.txt", "plain-single-newlines.txt",
    "plain-hard-wrapped.txt", "plain-mail-quote.txt", "markdown-front-matter.md",
    "markdown-headings.md",
    "unknown-date.md", "html-article.html", "html-tag-soup.html", "html-euc-kr.html",
    "rss2-cdata.xml",
    "rss-unclosed-cdata.xml", "rdf-rss1.rdf", "atom.xml", "jsonfeed.json", "lines.jsonl",
    "invalid-utf8.txt", "escapes-in-title.txt", "escapes.jsonl", "empty.txt",
  ]

  @Test(arguments: fixtures)
  func dumpMatchesGolden(fixture: String) throws {
    let input = IngestFixtures.ingestDirectory.appendingPathComponent(fixture)
    let dump = IngestFixtures.dump(paths: [input.path])
    let golden = IngestFixtures.goldenDirectory.appendingPathComponent(fixture + ".txt")
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
      try FileManager.default.createDirectory(
        at: IngestFixtures.goldenDirectory, withIntermediateDirectories: true)
      try Data(dump.utf8).write(to: golden)
      Issue.record("recorded \(golden.lastPathComponent); run again without RECORD_SNAPSHOTS")
      return
    }
    let expected = try String(contentsOf: golden, encoding: .utf8)
    #expect(dump == expected, "\(fixture): dump differs from \(golden.lastPathComponent)")
  }

  @Test func everyFixtureHasAGoldenTest() throws {
    let names = try FileManager.default.contentsOfDirectory(
      atPath: IngestFixtures.ingestDirectory.path)
    #expect(Set(names) == Set(Self.fixtures))
  }

  @Test func dumpNeverContainsControlCharacters() {
    let paths = Self.fixtures.map { IngestFixtures.ingestDirectory.appendingPathComponent($0).path }
    let result = ArticleReader.read(paths: paths)
    for article in result.articles {
      let strings =
        [article.title, article.source, article.url ?? "", article.author ?? ""]
        + article.paragraphs.map(\.text) + article.paragraphs.flatMap { $0.links.map(\.url) }
      for string in strings {
        #expect(!string.unicodeScalars.contains { TextSanitizer.isDropped($0) }, "\(string)")
      }
    }
  }
}

/// Where the ingest fixtures live and how they are dumped for comparison.
enum IngestFixtures {
  static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
  static let ingestDirectory = testsDirectory.appendingPathComponent("Fixtures/Ingest")
  static let goldenDirectory = testsDirectory.appendingPathComponent("Fixtures/Golden")

  /// The dump of the articles under `paths` at width 72, then one line per diagnostic, with the
  /// fixture folder shown as `Fixtures/Ingest` so the text does not depend on the checkout path.
  static func dump(paths: [String], options: IngestOptions = .init()) -> String {
    let result = ArticleReader.read(paths: paths, options: options)
    var text = ArticleDump.text(of: result.articles, width: 72)
    text += "── diagnostics ──\n"
    for diagnostic in result.diagnostics { text += diagnostic.description + "\n" }
    return text.replacingOccurrences(of: ingestDirectory.path, with: "Fixtures/Ingest")
  }
}
