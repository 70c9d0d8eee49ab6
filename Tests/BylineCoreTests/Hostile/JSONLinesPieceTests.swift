import Testing

@testable import BylineCore

/// Issue 17: a text over a quarter of a megabyte is tagged in pieces; the spans are those of the whole text.
@Suite struct JSONLinesPieceTests {
  private struct WordFinder: EntityExtractor {
    func entities(in text: String) -> [EntitySpan] {
      var spans: [EntitySpan] = []
      var offset = 0
      var start: Int?
      for scalar in text.unicodeScalars {
        if scalar == "S" { start = offset }
        if scalar == "l", let from = start {
          spans.append(EntitySpan(range: TextRange(start: from, end: offset + 1), kind: .location))
          start = nil
        }
        if scalar == " " || scalar == "\n" { start = nil }
        offset += 1
      }
      return spans
    }
  }

  @Test func piecesGiveTheSpansOfTheWholeText() {
    let text = String(repeating: "é Seoul. 😀 Seoul and\nmore Seoul text. ", count: 90_000)
    #expect(text.utf8.count > 3 * EntityJSONLines.pieceBytes)
    let whole = WordFinder().entities(in: text)
    #expect(EntityJSONLines.entities(in: text, WordFinder()) == whole)
    #expect(whole.count == 270_000)
  }
}
