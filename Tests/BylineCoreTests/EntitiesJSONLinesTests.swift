import Foundation
import Testing

@testable import BylineCore

@Suite struct EntitiesJSONLinesTests {
  /// A stand-in extractor that marks every occurrence of "Seoul" as a location.
  private struct SeoulFinder: EntityExtractor {
    func entities(in text: String) -> [EntitySpan] {
      let scalars = Array(text.unicodeScalars)
      let word = Array("Seoul".unicodeScalars)
      var spans: [EntitySpan] = []
      var index = 0
      while index + word.count <= scalars.count {
        if Array(scalars[index..<(index + word.count)]) == word {
          spans.append(
            EntitySpan(range: TextRange(start: index, end: index + word.count), kind: .location))
        }
        index += 1
      }
      return spans
    }
  }

  private func decode(_ line: String?) throws -> [String: Any] {
    let data = Data((line ?? "").utf8)
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  @Test func writesScalarOffsetsTypesAndTexts() throws {
    let outcome = EntityJSONLines.process(
      line: #"{"text": "😀 Seoul \"é\" Seoul"}"#, lineNumber: 1, extractor: SeoulFinder())
    #expect(outcome.error == nil)
    let object = try decode(outcome.output)
    #expect(object["text"] as? String == "😀 Seoul \"é\" Seoul")
    let entities = try #require(object["entities"] as? [[String: Any]])
    #expect(entities.count == 2)
    #expect(entities[0]["start"] as? Int == 2)
    #expect(entities[0]["end"] as? Int == 7)
    #expect(entities[0]["type"] as? String == "LOC")
    #expect(entities[0]["text"] as? String == "Seoul")
    #expect(entities[1]["start"] as? Int == 12)
  }

  @Test func escapesControlCharactersInOutput() throws {
    let outcome = EntityJSONLines.process(
      line: #"{"text": "Seoul\u001b[31m\nnext"}"#, lineNumber: 1, extractor: SeoulFinder())
    let output = try #require(outcome.output)
    #expect(!output.contains("\u{1b}") && !output.contains("\n"))
    #expect(try decode(output)["text"] as? String == "Seoul\u{1b}[31m\nnext")
  }

  @Test func badLinesGiveAnErrorLineNamingTheLineNumber() throws {
    for (line, reason) in [
      ("not json", "not valid JSON"), ("[1, 2]", "expected a JSON object"),
      (#"{"text": 5}"#, "expected a string"),
    ] {
      let outcome = EntityJSONLines.process(line: line, lineNumber: 7, extractor: SeoulFinder())
      let error = try #require(outcome.error)
      #expect(error.hasPrefix("line 7: ") && error.contains(reason))
      let object = try decode(outcome.output)
      #expect(object["line"] as? Int == 7)
      #expect((object["error"] as? String)?.hasPrefix("line 7") == true)
    }
  }

  /// Blank lines answer with an empty result (they produced nothing before issue 17, which
  /// broke "output line k answers input line k").
  @Test func blankLinesAnswerWithAnEmptyResult() {
    let outcome = EntityJSONLines.process(line: "  ", lineNumber: 3, extractor: SeoulFinder())
    #expect(
      outcome == EntityJSONLines.Outcome(output: #"{"text": "", "entities": []}"#, error: nil))
  }

  @Test func worksWithTheRealTagger() throws {
    let tagger = try EntityTagger.bundled()
    let outcome = EntityJSONLines.process(
      line: #"{"text": "Kim Jong-un met Vladimir Putin in Vladivostok on April 24."}"#,
      lineNumber: 1, extractor: tagger)
    let entities = try #require(try decode(outcome.output)["entities"] as? [[String: Any]])
    let pairs = entities.map { "\($0["type"] as? String ?? ""):\($0["text"] as? String ?? "")" }
    #expect(pairs == ["PER:Kim Jong-un", "PER:Vladimir Putin", "LOC:Vladivostok", "DATE:April 24"])
  }
}
