import Testing

@testable import BylineCore

@Suite struct EntityRulesTests {
  /// The rule spans of `text` as (text, type code) pairs.
  private func spans(_ text: String) -> [String] {
    EntityRules.spans(in: Tokenizer.tokens(in: text)).map {
      "\($0.kind.code):\(text.unicodeScalarSlice($0.range))"
    }
  }

  @Test func findsFullAndPartialDates() {
    #expect(spans("It began on September 27, 2020 in Seoul.") == ["DATE:September 27, 2020"])
    #expect(
      spans("He arrives April 24 and leaves on March 25.") == ["DATE:April 24", "DATE:March 25"])
    #expect(spans("Talks on Sept. 27 failed.") == ["DATE:Sept. 27"])
    #expect(spans("from April 26 and 27 .") == ["DATE:April 26 and 27"])
  }

  @Test func findsDayFirstDatesAndRanges() {
    #expect(spans("It runs between 19 and 25 March.") == ["DATE:between 19 and 25 March"])
    #expect(spans("Born 4 July 1976 in Ohio.") == ["DATE:4 July 1976"])
  }

  @Test func findsRelativeDatesAndWeekdays() {
    #expect(spans("They meet next week, not last week.") == ["DATE:next week", "DATE:last week"])
    #expect(
      spans("He said on Thursday that it was two weeks ago.") == [
        "DATE:Thursday", "DATE:two weeks ago",
      ])
    #expect(spans("Yonhap said today.") == ["DATE:today"])
    #expect(spans("In the last weeks it grew.") == ["DATE:the last weeks"])
  }

  @Test func aProgrammeNamedLikeADayIsNoDate() {
    #expect(spans("He told the Today programme that rates would rise.") == [])
    #expect(spans("She told BBC Radio 4's Today on Monday.") == ["DATE:Monday"])
    #expect(spans("He spoke on Radio 4's Sunday programme.") == [])
    #expect(spans("Speaking to Today, he said so.") == [])
    // With date context, or opening a sentence, it is a date.
    #expect(spans("Today the talks resume.") == ["DATE:Today"])
    #expect(spans("The show airs on Sunday.") == ["DATE:Sunday"])
    #expect(spans("The vote is on Sunday programme permitting.") == ["DATE:Sunday"])
    #expect(spans("Markets. Today they fell.") == ["DATE:Today"])
  }

  @Test func joinsWeekdayAndDateSeparatedByComma() {
    #expect(spans("On Thursday, September 27, they met.") == ["DATE:Thursday, September 27"])
  }

  @Test func findsISODatesDecadesAndYearsAfterPrepositions() {
    #expect(spans("Filed 2020-09-27.") == ["DATE:2020-09-27"])
    #expect(spans("Men walked on the moon in 1969.") == ["DATE:1969"])
    #expect(spans("Prices fell in the 1990s.") == ["DATE:the 1990s"])
  }

  @Test func leavesBareNumbersAndTheVerbMayAlone() {
    #expect(spans("He scored 1969 points.").isEmpty)
    #expect(spans("May I ask? They may go.").isEmpty)
    #expect(spans("It ends in May.") == ["DATE:May"])
    #expect(spans("April Ryan asked in March, not June.") == ["DATE:March", "DATE:June"])
  }

  @Test func findsMoney() {
    #expect(spans("a $4.5 billion deal") == ["MONEY:$4.5 billion"])
    #expect(spans("It cost €300 and £12m.") == ["MONEY:€300", "MONEY:£12m"])
    #expect(spans("about 300 million won in aid") == ["MONEY:300 million won"])
    #expect(spans("paid US$5 each") == ["MONEY:US$5"])
    #expect(spans("a fine of 5 million dollars") == ["MONEY:5 million dollars"])
    #expect(spans("worth 20 bln yen") == ["MONEY:20 bln yen"])
  }

  @Test func theVerbWonIsNotMoney() {
    #expect(spans("In 2019 they won 3 games.") == ["DATE:2019"])
    #expect(spans("The team 3 won.").isEmpty)
  }

  @Test func findsPercentages() {
    #expect(spans("up 12% on the year") == ["PERCENT:12%"])
    #expect(
      spans("up 12 percent, then 12.5 per cent") == ["PERCENT:12 percent", "PERCENT:12.5 per cent"])
    #expect(spans("down 3 pct") == ["PERCENT:3 pct"])
  }

  @Test func ruleSpansWinOverOverlappingModelSpans() {
    let rules = [EntitySpan(range: TextRange(start: 10, end: 18), kind: .date)]
    let model = [
      EntitySpan(range: TextRange(start: 0, end: 5), kind: .person),
      EntitySpan(range: TextRange(start: 10, end: 18), kind: .misc),
      EntitySpan(range: TextRange(start: 15, end: 25), kind: .organization),
      EntitySpan(range: TextRange(start: 30, end: 35), kind: .location),
    ]
    let merged = SpanMerger.merge(rules: rules, model: model)
    #expect(merged.map(\.kind) == [.person, .date, .location])
    #expect(merged.map(\.range.start) == [0, 10, 30])
  }

  @Test func longerModelSpanContainingARuleSpanWins() {
    // "Sunday Times": the model's ORG strictly contains the DATE rule's "Sunday".
    let rules = [
      EntitySpan(range: TextRange(start: 4, end: 10), kind: .date),
      EntitySpan(range: TextRange(start: 30, end: 38), kind: .date),
    ]
    let model = [
      EntitySpan(range: TextRange(start: 4, end: 16), kind: .organization),
      EntitySpan(range: TextRange(start: 34, end: 45), kind: .person),
    ]
    let merged = SpanMerger.merge(rules: rules, model: model)
    #expect(merged.map(\.kind) == [.organization, .date])
    #expect(merged.map(\.range) == [TextRange(start: 4, end: 16), TextRange(start: 30, end: 38)])
  }

  @Test func taggerKeepsNamesThatContainDateWords() throws {
    let tagger = try EntityTagger.bundled()
    let text = "The Sunday Times reported that the deal closed on Thursday."
    let spans = tagger.entities(in: text).map {
      "\($0.kind.code):\(text.unicodeScalarSlice($0.range))"
    }
    #expect(spans.contains("DATE:Thursday"))
    #expect(!spans.contains("DATE:Sunday"))
  }
}
