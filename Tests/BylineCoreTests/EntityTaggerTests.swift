import Foundation
import Testing

@testable import BylineCore

@Suite struct EntityTaggerTests {
  private let tagger: EntityTagger

  init() throws {
    tagger = try EntityTagger.bundled()
  }

  /// The spans of `text` as "TYPE:text" strings.
  private func found(_ text: String) -> [String] {
    tagger.entities(in: text).map { "\($0.kind.code):\(text.unicodeScalarSlice($0.range))" }
  }

  /// Spans must be sorted, non-overlapping, non-empty and inside the text.
  private func expectWellFormed(_ spans: [EntitySpan], in text: String) {
    let length = text.unicodeScalars.count
    for span in spans {
      #expect(span.range.start >= 0 && span.range.end <= length && !span.range.isEmpty)
    }
    for (previous, next) in zip(spans, spans.dropFirst()) {
      #expect(previous.range.end <= next.range.start)
    }
  }

  @Test func bundledModelLoadsWithItsGazetteer() throws {
    let model = try EntityTagger.bundled().model
    #expect(model.gazetteer.count > 1000)
    #expect(model.usedRows > 10_000)
  }

  @Test func findsNamesInOrdinaryText() {
    let text =
      "German Chancellor Angela Merkel told reporters in Berlin that the European Union would act."
    #expect(
      found(text) == ["MISC:German", "PER:Angela Merkel", "LOC:Berlin", "ORG:European Union"])
  }

  @Test func possessiveIsNotPartOfTheName() {
    let spans = found("Putin’s visit to Beijing was on Thursday.")
    #expect(spans == ["PER:Putin", "LOC:Beijing", "DATE:Thursday"])
  }

  @Test func findsNamesInAllCapsHeadlines() {
    let spans = found("RUSSIA AND NORTH KOREA PLAN SUMMIT IN VLADIVOSTOK")
    #expect(spans == ["LOC:RUSSIA", "LOC:NORTH KOREA", "LOC:VLADIVOSTOK"])
  }

  @Test func offsetsAreScalarsAfterEmojiAndAccents() {
    let text = "👨‍👩‍👧 Café owners met Vladimir Putin in Moscow."
    let spans = tagger.entities(in: text)
    expectWellFormed(spans, in: text)
    #expect(found(text).contains("PER:Vladimir Putin"))
    #expect(found(text).contains("LOC:Moscow"))
    let putin = spans.first { text.unicodeScalarSlice($0.range) == "Vladimir Putin" }
    // 5 scalars of emoji, then "Café", "owners", "met".
    #expect(putin?.range == TextRange(start: 22, end: 36))
  }

  @Test func laterParagraphsProfitFromEarlierOnes() {
    let spans = tagger.entities(inDocument: [
      "Russian President Vladimir Putin arrived.", "Putin said the talks went well.",
    ])
    #expect(spans.count == 2)
    #expect(spans[1].first?.kind == .person)
  }

  @Test func pathologicalInputsFinishWithWellFormedSpans() {
    let inputs = [
      "",
      String(repeating: "abcdefghij", count: 10_000),
      String(repeating: "😀👍🏽👨‍👩‍👧🇰🇷", count: 2_000),
      String(repeating: "北京是中国的首都。金正恩访问俄罗斯。", count: 2_000),
      String(repeating: "Kim Jong Putin Moscow ", count: 5_000),
      String(repeating: "1.2,3.4 $ % ", count: 5_000),
      String(repeating: "\u{301}", count: 1_000),
    ]
    for text in inputs { expectWellFormed(tagger.entities(in: text), in: text) }
    let capitalised = inputs[4]
    for span in tagger.entities(in: capitalised) {
      let words = capitalised.unicodeScalarSlice(span.range).split(separator: " ")
      #expect(words.count <= ModelSpanCleaner.maximumTokens)
    }
  }

  /// Issue #4: what a careful reader marks in the seed article is found, with the right kind.
  @Test func findsWhatAReaderMarksInTheSeedArticle() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let url = root.appendingPathComponent("../shared/seeds/000_82d63e9785ee38ff.txt")
    guard let text = try? String(contentsOf: url, encoding: .utf8) else {
      print("skipping: seed article not found at \(url.path)")
      return
    }
    let paragraphs = text.components(separatedBy: "\n\n").filter { !$0.isEmpty }
    var found: Set<String> = []
    for (paragraph, spans) in zip(paragraphs, tagger.entities(inDocument: paragraphs)) {
      expectWellFormed(spans, in: paragraph)
      for span in spans {
        found.insert("\(span.kind.code):\(paragraph.unicodeScalarSlice(span.range))")
      }
    }
    let expected = [
      "PER:Kim Jong-un", "PER:Vladimir Putin", "PER:Putin", "ORG:Yonhap", "LOC:Russia",
      "LOC:North Korea", "LOC:Beijing", "LOC:Hanoi", "LOC:Moscow", "LOC:Vladivostok",
      "LOC:Washington", "LOC:United States", "PER:Kim Chang-son", "PER:Vladimir Kolokoltsev",
      "LOC:Pyongyang", "DATE:September 27, 2020", "DATE:April 24", "DATE:March 25",
      "DATE:next week", "DATE:two weeks ago", "MISC:Russian", "MISC:North Korean",
      "MISC:South Korean",
    ]
    for item in expected { #expect(found.contains(item), "missing \(item)") }
  }

  @Test func tagsTheSampleLibrary() {
    var found: Set<String> = []
    for article in SampleLibrary.articles().articles {
      let paragraphs = article.paragraphs.map(\.text)
      for (paragraph, spans) in zip(paragraphs, tagger.entities(inDocument: paragraphs)) {
        expectWellFormed(spans, in: paragraph)
        for span in spans {
          found.insert("\(span.kind.code):\(paragraph.unicodeScalarSlice(span.range))")
        }
      }
    }
    let expected = [
      "PER:Helmut Kohl", "PER:Mikhail Gorbachev", "LOC:Moscow", "ORG:United Nations",
      "ORG:NASA", "PER:Neil Armstrong", "DATE:September 17, 1991", "LOC:Pyongyang",
      "PER:Kim Dae-jung", "LOC:West Berlin", "DATE:November 9, 1989",
    ]
    for item in expected { #expect(found.contains(item), "missing \(item)") }
  }
}
