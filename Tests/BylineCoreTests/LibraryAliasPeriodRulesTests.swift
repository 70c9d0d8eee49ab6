import Testing

@testable import BylineCore

/// The period-and-topic rule for surnames (issue 14): a surname with several candidates is
/// decided among the articles of the same period and topic as the article that uses it.
@Suite struct LibraryAliasPeriodRulesTests {
  private typealias Context = LibraryAliasRules.ArticleContext

  private static let day = 86_400.0
  /// Entity keys: the surname, its two candidates, and names that make a topic.
  private static let (hart, alan, ruth, acme, clinic, leeds):
    (Int64, Int64, Int64, Int64, Int64, Int64) = (
      1, 2, 3, 10, 11, 12
    )

  private static func article(
    day: Double?, source: String = "s", names: Set<Int64>
  ) -> Context {
    Context(published: day.map { $0 * Self.day }, source: source, names: names)
  }

  /// Alan Hart in January articles about Acme, Ruth Hart in June articles about the clinic:
  /// as many articles each, so over the library "Hart" is ambiguous.
  private static let candidates: [(key: Int64, articles: [Context])] = [
    (alan, [10, 12, 14].map { article(day: $0, source: "a\($0)", names: [alan, acme]) }),
    (ruth, [150, 152, 154].map { article(day: $0, source: "r\($0)", names: [ruth, clinic]) }),
  ]

  private static let ambiguous = LibraryAliasRules.Decision.ambiguous(candidates: [alan, ruth])

  private static func target(_ article: Context, libraryWide: LibraryAliasRules.Decision?)
    -> Int64?
  {
    LibraryAliasRules.target(
      in: article, alias: hart, candidates: candidates, libraryWide: libraryWide)
  }

  @Test func surnameAmbiguousOverTheLibraryLinksToTheOneNamedInItsPeriodAndTopic() {
    let june = Self.article(day: 153, names: [Self.hart, Self.clinic])
    #expect(Self.target(june, libraryWide: Self.ambiguous) == Self.ruth)
    let january = Self.article(day: 11, names: [Self.hart, Self.acme])
    #expect(Self.target(january, libraryWide: Self.ambiguous) == Self.alan)
  }

  /// Near articles outweigh the library: "Hart" in June goes to Ruth Hart even when Alan Hart
  /// dominates the library as a whole.
  @Test func periodAndTopicOutweighTheLibrarysChoice() {
    let june = Self.article(day: 153, names: [Self.hart, Self.clinic])
    #expect(
      Self.target(june, libraryWide: .linked(target: Self.alan, others: [Self.ruth])) == Self.ruth)
  }

  @Test func surnameAmbiguousInItsPeriodAndTopicStaysApart() {
    var candidates = Self.candidates
    candidates[0].articles.append(
      Self.article(day: 200, source: "a", names: [Self.alan, Self.leeds]))
    candidates[1].articles.append(
      Self.article(day: 201, source: "r", names: [Self.ruth, Self.leeds]))
    let september = Self.article(day: 200, names: [Self.hart, Self.leeds])
    #expect(
      LibraryAliasRules.target(
        in: september, alias: Self.hart, candidates: candidates,
        libraryWide: .linked(target: Self.alan, others: [Self.ruth])) == nil)
  }

  /// Within the period one candidate must be named in at least four times as many near
  /// articles as the next.
  @Test func nearCandidateMustDominateByAWideMargin() {
    var candidates = Self.candidates
    candidates[0].articles.append(
      Self.article(day: 151, source: "a", names: [Self.alan, Self.clinic]))
    let june = Self.article(day: 153, names: [Self.hart, Self.clinic])
    #expect(
      LibraryAliasRules.target(
        in: june, alias: Self.hart, candidates: candidates, libraryWide: nil) == nil)
    candidates[1].articles.append(
      Self.article(day: 155, source: "r", names: [Self.ruth, Self.clinic]))
    #expect(
      LibraryAliasRules.target(
        in: june, alias: Self.hart, candidates: candidates, libraryWide: nil) == Self.ruth)
  }

  /// With no candidate named nearby, the library-wide decision stands.
  @Test func nothingNearLeavesTheLibrarysDecision() {
    let alone = Self.article(day: 400, names: [Self.hart, Self.leeds])
    #expect(Self.target(alone, libraryWide: Self.ambiguous) == nil)
    #expect(
      Self.target(alone, libraryWide: .linked(target: Self.alan, others: [Self.ruth])) == Self.alan
    )
  }

  @Test func sameTopicOutsideThePeriodIsNotNear() {
    let later = Self.article(day: 154 + 31, names: [Self.hart, Self.clinic])
    #expect(Self.target(later, libraryWide: Self.ambiguous) == nil)
    let justIn = Self.article(day: 154 + 29, names: [Self.hart, Self.clinic])
    #expect(Self.target(justIn, libraryWide: Self.ambiguous) == Self.ruth)
  }

  /// The topic is a shared name or the same source; the surname and its candidates themselves
  /// do not make a topic, and an undated article is of every period.
  @Test func topicIsASharedNameOrSource() {
    let ignoring: Set<Int64> = [Self.hart, Self.alan, Self.ruth]
    let article = Self.article(day: 100, source: "feed", names: [Self.hart, Self.leeds])
    #expect(
      !LibraryAliasRules.isNear(
        Self.article(day: 101, source: "other", names: [Self.ruth]), to: article,
        ignoring: ignoring))
    #expect(
      LibraryAliasRules.isNear(
        Self.article(day: 101, source: "feed", names: [Self.ruth]), to: article,
        ignoring: ignoring))
    #expect(
      LibraryAliasRules.isNear(
        Self.article(day: 101, source: "other", names: [Self.ruth, Self.leeds]), to: article,
        ignoring: ignoring))
    #expect(
      LibraryAliasRules.isNear(
        Self.article(day: nil, source: "other", names: [Self.ruth, Self.leeds]), to: article,
        ignoring: ignoring))
    #expect(
      !LibraryAliasRules.isNear(
        Self.article(day: 140, source: "feed", names: [Self.ruth, Self.leeds]), to: article,
        ignoring: ignoring))
  }

  /// Only a person's surname with several candidates is decided article by article.
  @Test func onlySurnamesWithSeveralCandidatesAreDecidedByPeriod() {
    let surname = LibraryAliasRules.Entity(
      key: 1, tokens: ["hart"], kind: .person, articleCount: 1, looksLikeAcronym: false)
    #expect(LibraryAliasRules.isDecidedByPeriod(surname, candidates: 2))
    #expect(!LibraryAliasRules.isDecidedByPeriod(surname, candidates: 1))
    var acronym = surname
    acronym.kind = .organization
    #expect(!LibraryAliasRules.isDecidedByPeriod(acronym, candidates: 2))
  }

  /// The surname's ID opens a person's page when nearly all its articles went to that person.
  @Test func surnameStandsWhollyForAPersonWithNearlyAllItsArticles() {
    #expect(LibraryAliasRules.wholeTarget(of: [2, 2, 2, 2, nil]) == 2)
    #expect(LibraryAliasRules.wholeTarget(of: [2, 2, 2, 3]) == nil)
    #expect(LibraryAliasRules.wholeTarget(of: [2, nil]) == nil)
    #expect(LibraryAliasRules.wholeTarget(of: [3]) == 3)
    #expect(LibraryAliasRules.wholeTarget(of: [nil, nil]) == nil)
  }
}
