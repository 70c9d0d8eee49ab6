import Foundation
import Testing

@testable import BylineCore

/// Reads the article Byline was started from (in `../shared/seeds`, never copied into the repo).
@Suite struct IngestSeedTests {
  static let seedPath = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("../shared/seeds/000_82d63e9785ee38ff.txt")
    .standardized.path

  @Test func seedReadsAsOneDatedArticle() throws {
    guard FileManager.default.fileExists(atPath: Self.seedPath) else {
      print("skipped: seed not found at \(Self.seedPath) (../shared is absent)")
      return
    }
    let result = ArticleReader.read(paths: [Self.seedPath])
    #expect(result.diagnostics.isEmpty)
    let article = try #require(result.articles.first)
    #expect(result.articles.count == 1)
    #expect(article.title == "Kim Jong-un could hold his first summit with Putin next week")
    #expect(article.published.map(DateParser.isoString) == "2020-09-27")
    #expect(article.source == Self.seedPath)
    let texts = article.paragraphs.map(\.text)
    #expect(!texts.contains(article.title), "the repeated title is dropped")
    #expect(texts.first?.hasPrefix("The North Korean leader, Kim Jong-un, could hold") == true)
    #expect(texts.last?.hasPrefix("Washington, which advocated that the North") == true)
    #expect(texts.count == 9)
    #expect(!texts.contains { $0.contains("Source link") })
    #expect(article.paragraphs.allSatisfy { $0.kind == .body })
  }
}
