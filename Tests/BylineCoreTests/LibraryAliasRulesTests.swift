import Testing

@testable import BylineCore

/// The cross-article linking rules (issue 14): a surname alone to a full name, an acronym to
/// its expansion, ambiguous names left apart.
@Suite struct LibraryAliasRulesTests {
  private typealias Entity = LibraryAliasRules.Entity

  private static func entity(
    _ key: Int64, _ name: String, _ kind: EntityKind, articles: Int = 1
  ) -> Entity {
    Entity(
      key: key,
      tokens: EntityLinker.normalizedName(name, kind: kind).split(separator: " ")
        .map(String.init), kind: kind, articleCount: articles,
      looksLikeAcronym: EntityNameNormalizer.looksLikeAcronym(name))
  }

  @Test func surnameLinksToTheOnlyFullName() {
    let decisions = LibraryAliasRules.decisions(
      for: [Self.entity(1, "Tony Blair", .person), Self.entity(2, "Blair", .person)],
      together: [])
    #expect(decisions == [2: .linked(target: 1, others: [])])
  }

  /// The title is not part of the name: "Mr Blair", "Prime Minister Blair" are "Blair".
  @Test func surnameWithATitleLinksToo() {
    for short in ["Mr Blair", "Prime Minister Blair", "Dr. Blair", "Sir Blair", "Chancellor Blair"]
    {
      let decisions = LibraryAliasRules.decisions(
        for: [Self.entity(1, "Tony Blair", .person), Self.entity(2, short, .person)],
        together: [])
      #expect(decisions == [2: .linked(target: 1, others: [])], "\(short)")
    }
  }

  @Test func surnameLinksToAFullNameDominantByAWideMargin() {
    let decisions = LibraryAliasRules.decisions(
      for: [
        Self.entity(1, "Tony Blair", .person, articles: 40),
        Self.entity(2, "Cherie Blair", .person, articles: 3), Self.entity(3, "Blair", .person),
      ], together: [])
    #expect(decisions == [3: .linked(target: 1, others: [2])])
  }

  @Test func surnameShortOfAWideMarginStaysApart() {
    let decisions = LibraryAliasRules.decisions(
      for: [
        Self.entity(1, "John Kennedy", .person, articles: 5),
        Self.entity(2, "Robert Kennedy", .person, articles: 3),
        Self.entity(3, "Kennedy", .person),
      ], together: [])
    #expect(decisions == [3: .ambiguous(candidates: [1, 2])])
  }

  /// Only people link by surname, to people, by their last word: a first name is not a surname,
  /// a place is not a person.
  @Test func onlyAPersonsLastWordIsASurname() {
    let decisions = LibraryAliasRules.decisions(
      for: [
        Self.entity(1, "Tony Blair", .person), Self.entity(2, "Tony", .person),
        Self.entity(3, "Blair", .location), Self.entity(4, "Blair Athol", .location),
        Self.entity(5, "Athol", .person),
      ], together: [])
    #expect(decisions.isEmpty)
  }

  @Test func acronymShownWithItsExpansionLinksToIt() {
    let decisions = LibraryAliasRules.decisions(
      for: [
        Self.entity(1, "International Atomic Energy Agency", .organization),
        Self.entity(2, "IAEA", .organization),
      ], together: [LibraryAliasRules.Together(full: 1, shortName: "iaea", count: 2)])
    #expect(decisions == [2: .linked(target: 1, others: [])])
  }

  /// Initials with or without the small words: "CPJ" for "Committee to Protect Journalists".
  @Test func acronymMayLeaveOutSmallWords() {
    let decisions = LibraryAliasRules.decisions(
      for: [
        Self.entity(1, "Committee to Protect Journalists", .organization),
        Self.entity(2, "CPJ", .organization),
      ], together: [LibraryAliasRules.Together(full: 1, shortName: "cpj", count: 1)])
    #expect(decisions == [2: .linked(target: 1, others: [])])
  }

  @Test func acronymNeverShownWithAnExpansionStaysApart() {
    let decisions = LibraryAliasRules.decisions(
      for: [
        Self.entity(1, "International Atomic Energy Agency", .organization),
        Self.entity(2, "IAEA", .organization),
      ], together: [])
    #expect(decisions.isEmpty)
  }

  /// A spelling that is not the name's initials is not its acronym, and a word in lower case
  /// is not an acronym.
  @Test func acronymMustBeTheInitialsAndWrittenInCapitals() {
    let entities = [
      Self.entity(1, "International Atomic Energy Agency", .organization),
      Self.entity(2, "UNSC", .organization), Self.entity(3, "Iaea", .organization),
    ]
    let together = [
      LibraryAliasRules.Together(full: 1, shortName: "unsc", count: 3),
      LibraryAliasRules.Together(full: 1, shortName: "iaea", count: 3),
    ]
    #expect(LibraryAliasRules.decisions(for: entities, together: together).isEmpty)
  }

  @Test func acronymOfTwoExpansionsStaysApartUnlessOneDominates() {
    let entities = [
      Self.entity(1, "Atomic Energy Authority", .organization),
      Self.entity(2, "American Economic Association", .organization),
      Self.entity(3, "AEA", .organization),
    ]
    let even = [
      LibraryAliasRules.Together(full: 1, shortName: "aea", count: 3),
      LibraryAliasRules.Together(full: 2, shortName: "aea", count: 2),
    ]
    #expect(
      LibraryAliasRules.decisions(for: entities, together: even) == [
        3: .ambiguous(candidates: [1, 2])
      ])
    let dominant = [
      LibraryAliasRules.Together(full: 1, shortName: "aea", count: 8),
      LibraryAliasRules.Together(full: 2, shortName: "aea", count: 2),
    ]
    #expect(
      LibraryAliasRules.decisions(for: entities, together: dominant) == [
        3: .linked(target: 1, others: [2])
      ])
  }
}
