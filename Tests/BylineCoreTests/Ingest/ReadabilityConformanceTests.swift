import Foundation
import Testing

@testable import BylineCore

/// Byline's main-content extraction measured on Mozilla Readability's test pages (read from
/// `../shared/peer/readability/pages`, never copied into the repository): the words of the body
/// against the words of `expected.html` (precision, recall, F1 over the bag of lower-cased
/// words), and the title against `expected-metadata.json`. `Benchmarks/readability-conformance.py`
/// reports the same figures (and author and date) for the README.
@Suite struct ReadabilityConformanceTests {
  static let pagesPath = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("../shared/peer/readability/pages")
    .standardized.path

  static let pagesArePresent = FileManager.default.fileExists(atPath: pagesPath)

  /// The mean F1 reached when this floor was set was 0.980; the floor leaves a small margin.
  static let meanF1Floor = 0.97
  /// Pages whose F1 is known to be low, with the reason.
  static let knownLowF1: [String: String] = [
    "mathjax": "MathML (<math>) is skipped, as it does not read as text (recall 0.37)",
    "nytimes-5": "a front page (a list of stories): Byline keeps more of it than Readability",
    "pixnet": "keeps image file names and text Readability drops; CJK runs score as one word",
    "quanta-1": "the article's opening is in a block Byline does not join (recall 0.71)",
  ]
  /// Pages whose title is known to differ, with the reason.
  static let knownTitleMisses: [String: String] = [
    "005-unescape-html-entities": "no title: Byline names an untitled article by its first words",
    "ol": "no title: Byline names an untitled article by its first words",
    "reordering-paragraphs": "no title: Byline names an untitled article by its first words",
    "aktualne": "Byline takes the JSON-LD name (the site's); Readability the headline",
  ]

  struct Score {
    var name: String
    var f1: Double
    var titleRight: Bool
  }

  static func scores() throws -> [Score] {
    let names = try FileManager.default.contentsOfDirectory(atPath: pagesPath).sorted()
    var scores: [Score] = []
    for name in names {
      let folder = URL(fileURLWithPath: pagesPath).appendingPathComponent(name)
      let source = folder.appendingPathComponent("source.html")
      guard FileManager.default.fileExists(atPath: source.path) else { continue }
      let ingest = try ArticleReader.readFile(at: source)
      let article = try #require(ingest.articles.first, "\(name): no article")
      let expectedHTML = try String(
        contentsOf: folder.appendingPathComponent("expected.html"), encoding: .utf8)
      let expected = HTMLReader.paragraphs(fromFragment: expectedHTML).map(\.text)
      let f1 = wordF1(
        got: article.paragraphs.map(\.text).joined(separator: " "),
        want: expected.joined(separator: " "))
      let metadata = try JSONSerialization.jsonObject(
        with: Data(contentsOf: folder.appendingPathComponent("expected-metadata.json")))
      let title = (metadata as? [String: Any])?["title"] as? String ?? ""
      let titleRight = collapsed(article.title) == collapsed(title)
      scores.append(Score(name: name, f1: f1, titleRight: titleRight))
    }
    return scores
  }

  static func collapsed(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  /// F1 of the bag of words of `got` against that of `want`.
  static func wordF1(got: String, want: String) -> Double {
    func bag(_ text: String) -> [String: Int] {
      TextSimilarity.words(text).reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }
    let gotBag = bag(got)
    let wantBag = bag(want)
    let overlap = gotBag.reduce(0) { $0 + min($1.value, wantBag[$1.key] ?? 0) }
    let gotCount = gotBag.values.reduce(0, +)
    let wantCount = wantBag.values.reduce(0, +)
    guard gotCount > 0, wantCount > 0, overlap > 0 else {
      return gotCount == wantCount ? 1 : 0
    }
    let precision = Double(overlap) / Double(gotCount)
    let recall = Double(overlap) / Double(wantCount)
    return 2 * precision * recall / (precision + recall)
  }

  @Test(.enabled(if: pagesArePresent, "skipped: ../shared/peer/readability is absent"))
  func bodiesAndTitlesAgreeWithReadability() throws {
    let scores = try Self.scores()
    #expect(scores.count >= 100, "the pages are all read")
    let meanF1 = scores.map(\.f1).reduce(0, +) / Double(max(1, scores.count))
    #expect(meanF1 >= Self.meanF1Floor, "mean F1 \(meanF1)")
    for score in scores where Self.knownLowF1[score.name] == nil {
      #expect(score.f1 >= 0.8, "\(score.name): F1 \(score.f1)")
    }
    for score in scores where Self.knownTitleMisses[score.name] == nil {
      #expect(score.titleRight, "\(score.name): title differs from Readability's")
    }
    let titles = scores.filter(\.titleRight).count
    #expect(Double(titles) >= 0.95 * Double(scores.count), "\(titles) titles right")
  }
}
