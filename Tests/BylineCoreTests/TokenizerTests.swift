import Testing

@testable import BylineCore

@Suite struct TokenizerTests {
  private func texts(_ text: String) -> [String] {
    Tokenizer.tokens(in: text).map(\.text)
  }

  private func ranges(_ text: String) -> [TextRange] {
    Tokenizer.tokens(in: text).map(\.range)
  }

  @Test func splitsPossessivesWithStraightAndCurlyApostrophes() {
    #expect(texts("Korea's economy") == ["Korea", "'s", "economy"])
    #expect(texts("Korea’s economy") == ["Korea", "’s", "economy"])
    #expect(texts("the Smiths' house") == ["the", "Smiths", "'", "house"])
  }

  @Test func splitsCliticsTheCoNLLWay() {
    #expect(texts("It doesn't matter") == ["It", "does", "n't", "matter"])
    #expect(texts("we're here") == ["we", "'re", "here"])
  }

  @Test func keepsApostrophesInsideNames() {
    #expect(texts("O'Neill of Côte d'Ivoire") == ["O'Neill", "of", "Côte", "d'Ivoire"])
  }

  @Test func keepsHyphenatedNamesWhole() {
    #expect(
      texts("Kim Jong-un met Kim Chang-son") == ["Kim", "Jong-un", "met", "Kim", "Chang-son"])
    #expect(texts("on 1996-08-22") == ["on", "1996-08-22"])
  }

  @Test func keepsAbbreviationsAndInitials() {
    #expect(
      texts("The U.S. and Mr. Smith met in Sept. 2019.")
        == ["The", "U.S.", "and", "Mr.", "Smith", "met", "in", "Sept.", "2019", "."])
    #expect(texts("John F. Kennedy") == ["John", "F.", "Kennedy"])
  }

  @Test func sentenceFinalPeriodIsItsOwnToken() {
    #expect(texts("He left Moscow.") == ["He", "left", "Moscow", "."])
  }

  @Test func keepsNumbersWithSeparators() {
    #expect(
      texts("paid 4,500.25 dollars, or 12%.") == [
        "paid", "4,500.25", "dollars", ",", "or", "12", "%", ".",
      ])
  }

  @Test func splitsQuotesAndDashes() {
    #expect(
      texts("\"Yes,\" she said -- then “no” — and…")
        == ["\"", "Yes", ",", "\"", "she", "said", "--", "then", "“", "no", "”", "—", "and", "…"])
  }

  @Test func currencySymbolsAreSeparateTokens() {
    #expect(texts("US$5 and €300") == ["US", "$", "5", "and", "€", "300"])
  }

  @Test func offsetsCountUnicodeScalarsPastEmoji() {
    let text = "👨‍👩‍👧 Seoul 😀 Kim"
    let tokens = Tokenizer.tokens(in: text)
    #expect(tokens.map(\.text) == ["👨‍👩‍👧", "Seoul", "😀", "Kim"])
    #expect(
      tokens.map(\.range) == [
        TextRange(start: 0, end: 5), TextRange(start: 6, end: 11), TextRange(start: 12, end: 13),
        TextRange(start: 14, end: 17),
      ])
    for token in tokens { #expect(text.unicodeScalarSlice(token.range) == token.text) }
  }

  @Test func flagsAndSkinTonesStayWithTheirEmoji() {
    #expect(texts("🇰🇷🇺🇸 👍🏽") == ["🇰🇷", "🇺🇸", "👍🏽"])
    #expect(ranges("🇰🇷🇺🇸") == [TextRange(start: 0, end: 2), TextRange(start: 2, end: 4)])
  }

  @Test func combiningMarksStayInTheirWordAndCountAsScalars() {
    let text = "cafe\u{301} Zu\u{308}rich"
    #expect(ranges(text) == [TextRange(start: 0, end: 5), TextRange(start: 6, end: 13)])
    #expect(texts(text) == ["cafe\u{301}", "Zu\u{308}rich"])
  }

  @Test func cjkAndHangulAreWords() {
    #expect(texts("金正恩访问俄罗斯。") == ["金正恩访问俄罗斯", "。"])
    #expect(ranges("金正恩访问俄罗斯。") == [TextRange(start: 0, end: 8), TextRange(start: 8, end: 9)])
    #expect(texts("김정은 위원장") == ["김정은", "위원장"])
  }

  @Test func webAndMailAddressesAreSingleTokens() {
    #expect(
      texts("See https://www.Reuters.com/World/Kim-Putin, or www.yonhap.co.kr.")
        == ["See", "https://www.Reuters.com/World/Kim-Putin", ",", "or", "www.yonhap.co.kr", "."])
    #expect(
      texts("Write to Press@Yonhap.co.kr today") == ["Write", "to", "Press@Yonhap.co.kr", "today"])
    #expect(texts("http: no") == ["http", ":", "no"])
    #expect(texts("at@ 5") == ["at", "@", "5"])
  }

  @Test func emptyAndBlankTextHaveNoTokens() {
    #expect(Tokenizer.tokens(in: "").isEmpty)
    #expect(Tokenizer.tokens(in: " \n\t ").isEmpty)
  }

  @Test func marksTokensAfterLineBreaks() {
    let tokens = Tokenizer.tokens(in: "Seoul\nMoscow")
    #expect(tokens.map(\.startsLine) == [false, true])
  }

  @Test func splitsSentencesAtTerminatorsBeforeCapitals() {
    let tokens = Tokenizer.tokens(in: "He met Mr. Kim. Then he left. \"Good,\" he said. ok")
    let sentences = SentenceSplitter.sentences(in: tokens).map { tokens[$0].map(\.text) }
    #expect(sentences.count == 3)
    #expect(sentences.first == ["He", "met", "Mr.", "Kim", "."])
  }

  @Test func dottedRunsWithoutAtSignStayOrdinaryTokens() {
    let text = String(repeating: "abc.", count: 5_000)
    #expect(Tokenizer.tokens(in: text).count == 10_000)
  }

  @Test func longRunsWithoutSpacesStayLinear() {
    let text = String(repeating: "abcdefghij", count: 20_000)
    let tokens = Tokenizer.tokens(in: text)
    #expect(tokens.count == 1)
    #expect(tokens.first?.range == TextRange(start: 0, end: 200_000))
  }
}
