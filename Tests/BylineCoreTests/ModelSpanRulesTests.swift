import Testing

@testable import BylineCore

/// The span rules applied to the model's names (``ModelSpanCleaner``, ``Idioms``) and the
/// document-level agreement of repeated names (``DocumentConsistency``).
@Suite struct ModelSpanRulesTests {
  /// The names left of the model's token range `range` of `text`, as their tokens' texts.
  private func cleaned(_ text: String, tokens range: Range<Int>) -> [String] {
    let tokens = Tokenizer.tokens(in: text)
    return ModelSpanCleaner.ranges(range, in: tokens).map { piece in
      tokens[piece].map(\.text).joined(separator: " ")
    }
  }

  @Test func aNameHoldsNoBracket() {
    // Hyde ( Pitman ) said
    #expect(cleaned("Hyde (Pitman) said", tokens: 0..<3) == ["Hyde", "Pitman"])
    #expect(cleaned("Hyde (Pitman) said", tokens: 0..<4) == ["Hyde", "Pitman"])
  }

  @Test func aNameHoldsNoQuote() {
    // the " Iron Lady " Thatcher
    #expect(
      cleaned("the \"Iron Lady\" Thatcher", tokens: 1..<6) == ["Iron Lady", "Thatcher"])
    #expect(cleaned("“Iron Lady” Thatcher", tokens: 0..<4) == ["Iron Lady"])
  }

  @Test func aNumberingNounBeforeANumberIsNoNameByItself() {
    #expect(cleaned("A spokesman for Number 10 said no.", tokens: 3..<4) == [])
    #expect(cleaned("They met in Room 101 at noon.", tokens: 3..<4) == [])
    #expect(cleaned("Britain invoked Article 50 in March.", tokens: 2..<3) == [])
    // A name before a number stays, and so does a sports result.
    #expect(cleaned("Apollo 13 landed.", tokens: 0..<1) == ["Apollo"])
    #expect(cleaned("England 2 Germany 1", tokens: 0..<1) == ["England"])
    #expect(cleaned("Group 4 Securitas won", tokens: 0..<1) == ["Group"])
    // A longer name stays too.
    #expect(cleaned("Number Ten Downing 10 said", tokens: 0..<3) == ["Number Ten Downing"])
  }

  @Test func aNameInsideAnIdiomIsNoName() {
    #expect(cleaned("It is a Trojan horse for tax rises.", tokens: 3..<4) == [])
    #expect(cleaned("a game of Russian roulette with savings", tokens: 3..<4) == [])
    #expect(cleaned("his Achilles heel", tokens: 1..<2) == [])
    #expect(cleaned("a case of Jekyll and Hyde", tokens: 5..<6) == [])
    // The same words outside the idiom are names.
    #expect(cleaned("Russian troops moved in.", tokens: 0..<1) == ["Russian"])
    #expect(cleaned("Mr Hyde said", tokens: 1..<2) == ["Hyde"])
  }

  @Test func aNameStartsAndEndsWithAWord() {
    #expect(cleaned("-- Acme Corp .", tokens: 0..<4) == ["Acme Corp"])
    #expect(cleaned("( )", tokens: 0..<2) == [])
  }

  @Test func repeatedNamesTakeTheDocumentsMajorityKind() throws {
    let organization = try #require(TagSet.tag(label: "B-ORG"))
    let person = try #require(TagSet.tag(label: "B-PER"))
    let sentences = [
      ["Barnsley", "won"], ["Barnsley", "lost"], ["Barnsley", "drew"], ["Barnsley"],
    ]
    let words = sentences.map { $0.map { WordInfo($0) } }
    var tags = [
      [organization, 0], [organization, 0], [organization, 0], [person],
    ]
    DocumentConsistency.relabel(&tags, words: words)
    #expect(tags.map(\.first) == [organization, organization, organization, organization])
  }

  @Test func anEvenSplitIsLeftAlone() throws {
    let organization = try #require(TagSet.tag(label: "B-ORG"))
    let person = try #require(TagSet.tag(label: "B-PER"))
    let words = [[WordInfo("Jordan")], [WordInfo("Jordan")]]
    var tags = [[organization], [person]]
    DocumentConsistency.relabel(&tags, words: words)
    #expect(tags == [[organization], [person]])
  }
}
