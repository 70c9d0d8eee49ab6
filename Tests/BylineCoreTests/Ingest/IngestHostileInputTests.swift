import Foundation
import Testing

@testable import BylineCore

/// Hostile and broken input: every reader must return sanitised text, never crash, and stay
/// linear (a quadratic reader would make these tests take minutes, not milliseconds).
@Suite struct IngestHostileInputTests {
  /// Every string an ingest result carries, for checking that it is sanitised.
  private func strings(_ ingest: FileIngest) -> [String] {
    ingest.articles.flatMap { article in
      [article.title, article.source, article.url ?? "", article.author ?? ""]
        + article.paragraphs.map(\.text) + article.paragraphs.flatMap { $0.links.map(\.url) }
    }
  }

  private func expectSane(_ ingest: FileIngest, _ label: String) {
    for string in strings(ingest) {
      #expect(!string.unicodeScalars.contains { TextSanitizer.isDropped($0) }, "\(label)")
    }
    for paragraph in ingest.articles.flatMap(\.paragraphs) {
      let length = paragraph.text.unicodeScalars.count
      var previousEnd = 0
      for link in paragraph.links {
        #expect(link.range.start >= previousEnd && link.range.end <= length, "\(label)")
        previousEnd = link.range.end
      }
    }
  }

  @Test func everyPrefixOfEveryFixtureReadsInEveryFormat() throws {
    let names = try FileManager.default.contentsOfDirectory(
      atPath: IngestFixtures.ingestDirectory.path)
    for name in names.sorted() {
      let data = try Data(contentsOf: IngestFixtures.ingestDirectory.appendingPathComponent(name))
      let text = String(decoding: data, as: UTF8.self)
      let scalars = Array(text.unicodeScalars)
      for cut in stride(from: 0, through: scalars.count, by: 11) {
        var prefix = String.UnicodeScalarView()
        prefix.append(contentsOf: scalars[..<cut])
        for format in ArticleFormat.allCases {
          let ingest = ArticleReader.parse(text: String(prefix), format: format, path: name)
          expectSane(ingest, "\(name) cut at \(cut) as \(format)")
        }
      }
    }
  }

  @Test func randomBytesNeverCrashAReader() {
    var generator = SplitMix64(seed: 0x0B71_1E5E_ED00_0001)
    let alphabet = Array("<>&;/![]()*_`#-=\"':{}\n \t\u{1B}\u{9B}\u{202E}aZ9éš서🚀".unicodeScalars)
    for round in 0..<200 {
      var scalars = String.UnicodeScalarView()
      for _ in 0..<Int(generator.next() % 400) {
        scalars.append(alphabet[Int(generator.next() % UInt64(alphabet.count))])
      }
      let text = String(scalars)
      for format in ArticleFormat.allCases {
        expectSane(ArticleReader.parse(text: text, format: format, path: "r"), "round \(round)")
      }
    }
  }

  @Test func unclosedBracketsAndBackticksStayLinearInMarkdown() {
    let text =
      "# T\n\n" + String(repeating: "[", count: 60_000) + String(repeating: "`", count: 60_000)
      + String(repeating: "<a", count: 30_000) + " end [link](https://x.test/)\n"
    let ingest = ArticleReader.parse(text: text, format: .markdown, path: "m.md")
    let paragraph = ingest.articles.first?.paragraphs.first
    #expect(paragraph?.text.hasSuffix("end [link](https://x.test/)") == true)
  }

  @Test func deeplyNestedHTMLDoesNotExhaustTheStack() {
    let depth = 50_000
    let html =
      String(repeating: "<div><blockquote>", count: depth) + "deep text"
      + String(repeating: "</blockquote></div>", count: depth)
    let ingest = ArticleReader.parse(text: html, format: .html, path: "deep.html")
    expectSane(ingest, "deep html")
    #expect(ingest.articles.count == 1)
  }

  @Test func deeplyNestedFeedDoesNotExhaustTheStack() {
    let depth = 50_000
    let xml =
      "<rss><channel><item><title>T</title><description>"
      + String(repeating: "<x>", count: depth) + "text" + String(repeating: "</x>", count: depth)
      + "</description></item></channel></rss>"
    let ingest = ArticleReader.parse(text: xml, format: .feed, path: "deep.xml")
    expectSane(ingest, "deep feed")
  }

  @Test func externalEntitiesAreNeverLoaded() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-xxe-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let secret = folder.appendingPathComponent("secret.txt")
    try Data("TOP-SECRET".utf8).write(to: secret)
    let xml = """
      <?xml version="1.0"?>
      <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://\(secret.path)">]>
      <rss><channel><item><title>T &xxe;</title><description>D &xxe;</description></item>
      </channel></rss>
      """
    let ingest = ArticleReader.parse(text: xml, format: .feed, path: "xxe.xml")
    #expect(!strings(ingest).joined().contains("TOP-SECRET"))
    #expect(ingest.articles.first?.title.hasPrefix("T") == true)
  }
}

/// A small deterministic random number generator, so the random-input test is reproducible.
struct SplitMix64 {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
