import Foundation
import Testing

@testable import BylineCore

/// The plain-text reader drops a title the source repeated; its fast comparison of ASCII text
/// must decide exactly as comparing the whitespace-collapsed texts does.
@Suite struct PlainTextTitleRepeatTests {
  @Test func dropsATitleRepeatedWithOtherSpacing() {
    let article = PlainTextReader.read(
      "Talks resume  in Berlin\n\n Talks resume\tin   Berlin \n\nThe talks went on.",
      source: "a.txt")
    #expect(article.title == "Talks resume in Berlin")
    #expect(article.paragraphs.map(\.text) == ["The talks went on."])
  }

  @Test func fastComparisonAgreesWithCollapsedComparison() {
    var generator = SystemRandomNumberGenerator()
    let pieces = [
      "a", "b", "ab", " ", "  ", "\t", "\n", "\u{0B}", "\u{0C}", "\r", "x y", "é", "e\u{301}",
    ]
    for _ in 0..<5000 {
      let a = (0..<Int.random(in: 0...6, using: &generator)).map { _ in
        pieces.randomElement(using: &generator) ?? ""
      }.joined()
      let b =
        Bool.random(using: &generator)
        ? a.replacingOccurrences(of: " ", with: "\t ")
        : (0..<Int.random(in: 0...6, using: &generator)).map { _ in
          pieces.randomElement(using: &generator) ?? ""
        }.joined()
      let expected = TextSanitizer.collapseWhitespace(a) == TextSanitizer.collapseWhitespace(b)
      #expect(PlainTextReader.same(a, b) == expected, "\(a.debugDescription) \(b.debugDescription)")
    }
  }
}
