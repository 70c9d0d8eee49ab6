import Testing

@testable import BylineCore

/// The document-wide facts the tagger's version 4 features read (``DocumentContext``) and the
/// feature groups a model records (``FeatureGroups``).
@Suite struct DocumentContextTests {
  private let gazetteer = Gazetteer(entries: [
    Gazetteer.Entry(category: .firstName, name: "Tony"),
    Gazetteer.Entry(category: .city, name: "Leeds"),
  ])

  private func analyses(_ sentences: [String]) -> [SentenceAnalysis] {
    sentences.map {
      SentenceAnalysis(texts: $0.split(separator: " ").map(String.init), gazetteer: gazetteer)
    }
  }

  private func word(_ text: String) -> WordInfo { WordInfo(text) }

  @Test func aWordsRolesInCapitalisedRunsComeFromTheWholeDocument() {
    let context = DocumentContext(
      sentences: analyses([
        "Blair spoke .", "The minister Tony Blair met Leeds United fans .", "later Blair left .",
        "He said Prime Minister Tony Blair was right .",
      ]))
    // Last of `Tony Blair`, alone after `later`; sentence-initial `Blair` adds nothing.
    #expect(context.roles(of: word("Blair")) == 4 | 1)
    #expect(context.roles(of: word("Leeds")) == 2)
    #expect(context.roles(of: word("United")) == 4)
    #expect(context.roles(of: word("Tony")) == 8 | 2)
    #expect(context.roles(of: word("fans")) == 0)
  }

  @Test func roleOfAPositionInARun() {
    #expect(DocumentContext.role(at: 0, inRun: 0..<1) == 0)
    #expect(DocumentContext.role(at: 3, inRun: 3..<4) == 1)
    #expect(DocumentContext.role(at: 3, inRun: 3..<6) == 2)
    #expect(DocumentContext.role(at: 4, inRun: 3..<6) == 8)
    #expect(DocumentContext.role(at: 5, inRun: 3..<6) == 4)
  }

  @Test func theNeighboursOfAWordsFirstMidSentenceAppearanceReachLaterOnes() throws {
    let context = DocumentContext(
      sentences: analyses(["Blair spoke .", "said Tony Blair yesterday .", "Blair again ."]))
    let found = try #require(context.firstNeighbours(of: word("BLAIR")))
    #expect(found.left == word("tony").lower)
    #expect(found.right == word("yesterday").lower)
    // `Tony` is a first name in the gazetteer: its category reaches `Blair`.
    #expect(found.marks & 0xFFFF == UInt64(1) << Gazetteer.Category.firstName.rawValue)
    #expect(context.firstNeighbours(of: word("spoke")) == nil)
  }

  @Test func noDocumentScanWithoutTheGroupsThatReadIt() {
    let context = DocumentContext(
      sentences: analyses(["said Tony Blair yesterday ."]), groups: .version3)
    #expect(context.firstNeighbours(of: word("Blair")) == nil)
    #expect(context.roles(of: word("Blair")) == 0)
  }

  @Test func everyTypeGivenEarlierIsRememberedWithTheLastOne() {
    let sentences = analyses(["Jordan won .", "Jordan said ."])
    var context = DocumentContext(sentences: sentences)
    #expect(context.seenTypes(of: word("Jordan")) == 0)
    // B-PER, then B-LOC.
    context.record(sentences[0], tags: [1, 0, 0])
    context.record(sentences[1], tags: [5, 0, 0])
    #expect(context.lastType(of: word("Jordan")) == 3)
    #expect(context.seenTypes(of: word("Jordan")) == 0b101)
    // `won` is lower case: not remembered.
    #expect(context.lastType(of: word("won")) == 0)
  }

  @Test func featureGroupsAreReadByName() {
    #expect(FeatureGroups(names: "extended,capital-run") == [.extended, .capitalRun])
    #expect(FeatureGroups(names: "") == [])
    #expect(FeatureGroups(names: "extended,colour") == nil)
    #expect(FeatureGroups.named.values.reduce(FeatureGroups()) { $0.union($1) } == .current)
  }
}
