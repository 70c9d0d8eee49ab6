import Testing

@testable import BylineCore

/// Linking entity mentions within and across articles.
@Suite struct EntityLinkerTests {
  /// An article whose paragraphs are tagged by marking mentions as `[text|KIND]`.
  static func article(_ key: String, _ paragraphs: String...) -> Article {
    Article(
      key: ArticleKey(rawValue: key), title: key, source: "test",
      paragraphs: paragraphs.map(paragraph(_:)))
  }

  /// A paragraph from marked-up text: `[Vladimir Putin|PER] met [Kim|PER].`
  static func paragraph(_ markup: String) -> Paragraph {
    var text = String.UnicodeScalarView()
    var spans: [EntitySpan] = []
    var scalars = markup.unicodeScalars[...]
    while let scalar = scalars.popFirst() {
      guard scalar == "[" else {
        text.append(scalar)
        continue
      }
      let start = text.count
      var kindCode = ""
      var inKind = false
      while let inner = scalars.popFirst(), inner != "]" {
        if inner == "|" {
          inKind = true
        } else if inKind {
          kindCode.unicodeScalars.append(inner)
        } else {
          text.append(inner)
        }
      }
      spans.append(
        EntitySpan(
          range: TextRange(start: start, end: text.count),
          kind: EntityKind(code: kindCode) ?? .misc))
    }
    return Paragraph(text: String(text), entities: spans)
  }

  /// The IDs of an article's spans, in reading order, after linking.
  static func ids(_ article: Article) -> [String?] {
    EntityLinker.linked(article).paragraphs.flatMap { $0.entities.map(\.entityID) }
  }

  @Test func surnameAfterFullNameTakesTheFullNamesID() {
    let ids = Self.ids(
      Self.article(
        "a", "[Vladimir Putin|PER] spoke on Monday.", "Later [Putin|PER] said [Putin's|PER] plan."))
    #expect(ids == Array(repeating: "name:vladimir-putin", count: 3))
  }

  @Test func titlesAndPossessivesAreNotPartOfTheName() {
    let ids = Self.ids(
      Self.article(
        "a", "[President Vladimir Putin|PER] met [Mr. Biden|PER].",
        "[Joe Biden|PER] and [President Putin|PER] and [Biden’s|PER] aides."))
    #expect(
      ids == [
        "name:vladimir-putin", "name:joe-biden", "name:joe-biden", "name:vladimir-putin",
        "name:joe-biden",
      ])
  }

  /// "Kim Jong-un ... Kim Chang-son ... Kim" → Kim Chang-son, the nearest full mention before.
  @Test func ambiguousShortNameGoesToTheNearestFullMentionBefore() {
    let ids = Self.ids(
      Self.article(
        "a", "[Kim Jong-un|PER] arrived.", "His aide [Kim Chang-son|PER] followed.",
        "[Kim|PER] told reporters that [Kim Jong-un|PER] would speak. [Kim|PER] left."))
    #expect(
      ids == [
        "name:kim-jong-un", "name:kim-chang-son", "name:kim-chang-son",
        "name:kim-jong-un", "name:kim-jong-un",
      ])
  }

  @Test func laterFullMentionResolvesAnEarlierShortOneWhenNothingCameBefore() {
    let ids = Self.ids(
      Self.article("a", "[Merkel|PER] arrived.", "Chancellor [Angela Merkel|PER] said."))
    #expect(ids == ["name:angela-merkel", "name:angela-merkel"])
  }

  @Test func loneSurnameWithoutFullMentionGetsASurnameOnlyID() {
    let first = Self.ids(Self.article("a", "[John F. Kennedy|PER] was elected; [Kennedy|PER] won."))
    let second = Self.ids(Self.article("b", "A biography of [Kennedy|PER] appeared."))
    #expect(first == ["name:john-f-kennedy", "name:john-f-kennedy"])
    #expect(second == ["name:kennedy"])
  }

  @Test func twoPeopleSharingASurnameInTwoArticlesStayApart() {
    let john = Self.ids(Self.article("a", "[John F. Kennedy|PER] spoke. [Kennedy|PER] left."))
    let robert = Self.ids(Self.article("b", "[Robert F. Kennedy|PER] spoke. [Kennedy|PER] left."))
    #expect(john == ["name:john-f-kennedy", "name:john-f-kennedy"])
    #expect(robert == ["name:robert-f-kennedy", "name:robert-f-kennedy"])
  }

  @Test func sameEntityInTwoArticlesSharesOneID() {
    let first = Self.ids(Self.article("a", "[Vladimir Putin|PER] in [Moscow|LOC]."))
    let second = Self.ids(Self.article("b", "[VLADIMIR PUTIN|PER] left [Moscow’s|LOC] airport."))
    #expect(first == second)
  }

  /// Middle initials are kept: they tell fathers and sons and namesakes apart.
  @Test func initialsArePartOfThePersonsName() {
    #expect(
      EntityLinker.entityID(forName: "George W. Bush", kind: .person)
        != EntityLinker.entityID(forName: "George H. W. Bush", kind: .person))
    #expect(
      EntityLinker.entityID(forName: "John F. Kennedy", kind: .person)
        != EntityLinker.entityID(forName: "John Kennedy", kind: .person))
    // Within one article the shorter form is the same person.
    let ids = Self.ids(Self.article("a", "[John F. Kennedy|PER] and [John Kennedy|PER]."))
    #expect(ids == ["name:john-f-kennedy", "name:john-f-kennedy"])
  }

  @Test func countryAndOrganisationVariantsShareOneID() {
    for name in ["U.S.", "US", "United States", "the United States of America", "USA", "U.S.’s"] {
      #expect(EntityLinker.entityID(forName: name, kind: .location) == "name:united-states")
    }
    for name in ["U.K.", "UK", "Britain", "United Kingdom"] {
      #expect(EntityLinker.entityID(forName: name, kind: .location) == "name:united-kingdom")
    }
    for name in ["U.N.", "UN", "United Nations", "the U.N."] {
      #expect(
        EntityLinker.entityID(forName: name, kind: .organization) == "name:united-nations")
    }
    for name in ["EU", "European Union", "the European Union's"] {
      #expect(
        EntityLinker.entityID(forName: name, kind: .organization) == "name:european-union")
    }
  }

  @Test func placeShortFormsAreNotMergedWithLongerPlaces() {
    #expect(
      EntityLinker.entityID(forName: "North Korea's", kind: .location) == "name:north-korea")
    let ids = Self.ids(Self.article("a", "[North Korea|LOC] and [Korea|LOC]."))
    #expect(ids == ["name:north-korea", "name:korea"])
  }

  @Test func organisationShortFormsAndAcronymsWithinAnArticle() {
    let ids = Self.ids(
      Self.article(
        "a", "[Goldman Sachs|ORG] and the [Committee to Protect Journalists|ORG].",
        "[Goldman|ORG] declined; [CPJ|ORG] said.", "[Apple|ORG] too."))
    #expect(
      ids == [
        "name:goldman-sachs", "name:committee-to-protect-journalists",
        "name:goldman-sachs", "name:committee-to-protect-journalists",
        "name:apple",
      ])
  }

  /// A name the alias table knows keeps its library-wide ID inside an article too.
  @Test func knownAcronymKeepsItsCanonicalID() {
    let ids = Self.ids(
      Self.article("a", "[North Atlantic Treaty Organisation|ORG] allies; [NATO|ORG] said."))
    #expect(ids == ["name:nato", "name:nato"])
  }

  /// A place is never short for a person ("Jordan" is not Jordan Peterson).
  @Test func placeIsNeverShortForAPerson() {
    let ids = Self.ids(Self.article("a", "[Jordan Peterson|PER] visited [Jordan|LOC]."))
    #expect(ids == ["name:jordan-peterson", "name:jordan"])
  }

  /// Issue 14: one entity per name, whatever kind the tagger gave each mention; dates, amounts
  /// and percentages keep their kind in the ID.
  @Test func oneNameIsOneIDWhateverItsKind() {
    let first = Self.ids(Self.article("a", "[Arsenal|ORG] beat [The Arsenal|MISC]."))
    let second = Self.ids(Self.article("b", "[Arsenal|PER] won; [Arsenal|LOC] cheered."))
    #expect(first == ["name:arsenal", "name:arsenal"])
    #expect(second == ["name:arsenal", "name:arsenal"])
    #expect(EntityLinker.entityID(forName: "May", kind: .date) == "date:may")
    #expect(EntityLinker.entityID(forName: "May", kind: .person) == "name:may")
    #expect(EntityLinker.entityID(forName: "12%", kind: .percent) == "percent:12-percent")
  }

  @Test func normalisationFoldsCaseDiacriticsAndPunctuation() {
    #expect(EntityLinker.normalizedName("François Hollande", kind: .person) == "francois hollande")
    #expect(EntityLinker.normalizedName("Lech Wałęsa", kind: .person) == "lech walesa")
    #expect(EntityLinker.normalizedName("Dr. Seán O’Brien", kind: .person) == "sean obrien")
    #expect(EntityLinker.normalizedName("  Kim   Jong-un ", kind: .person) == "kim jong un")
    #expect(EntityLinker.normalizedName("Kim Jong Un", kind: .person) == "kim jong un")
    #expect(EntityLinker.normalizedName("김정은", kind: .person) == "김정은")
    #expect(EntityLinker.normalizedName("Ἀθῆναι", kind: .location) == "αθηναι")
    #expect(EntityLinker.normalizedName("ガガーリン", kind: .person) == "ガガーリン")
    #expect(EntityLinker.normalizedName("Ｔｏｋｙｏ", kind: .location) == "tokyo")
    #expect(EntityLinker.normalizedName("AT&T", kind: .organization) == "at and t")
    #expect(EntityLinker.normalizedName("$1.5 billion", kind: .money) == "$ 1.5 billion")
    #expect(EntityLinker.normalizedName("1,000 euros", kind: .money) == "1000 euros")
    #expect(EntityLinker.normalizedName("12%", kind: .percent) == "12 percent")
    #expect(EntityLinker.normalizedName("Prince", kind: .person) == "prince")
    #expect(
      EntityLinker.normalizedName("Roberto 'Hands of Stone' Duran", kind: .person)
        == "roberto duran")
    #expect(
      EntityLinker.normalizedName("Dwayne “The Rock” Johnson", kind: .person) == "dwayne johnson")
    #expect(EntityLinker.normalizedName("Shaquille O'Neal", kind: .person) == "shaquille oneal")
  }

  @Test func idsAreReadableAndLongNamesAreHashed() {
    #expect(
      EntityLinker.entityID(forName: "Vladimir Putin", kind: .person) == "name:vladimir-putin")
    let long = String(repeating: "Very Long Organisation Name ", count: 8)
    let id = EntityLinker.entityID(forName: long, kind: .organization)
    #expect(id.hasPrefix("name:very-long-organisation-name"))
    #expect(id.utf8.count <= "name:".utf8.count + EntityLinker.maximumReadableLength)
    #expect(id == EntityLinker.entityID(forName: long.uppercased(), kind: .organization))
    #expect(id != EntityLinker.entityID(forName: long + "Two", kind: .organization))
    let empty = EntityLinker.entityID(forName: "—", kind: .misc)
    #expect(empty.hasPrefix("name:~"))
  }

  @Test func everySpanGetsAnIDAndOutOfRangeSpansDoNotCrash() {
    var article = Self.article("a", "[Seoul|LOC] and [Busan|LOC].")
    article.paragraphs[0].entities.append(
      EntitySpan(range: TextRange(start: 500, end: 900), kind: .person))
    EntityLinker.link(&article)
    #expect(article.paragraphs[0].entities.allSatisfy { $0.entityID != nil })
  }

  /// Issue 14: relative dates are not linked across articles; absolute ones are.
  @Test func relativeDatesAreLeftUnlinked() {
    let ids = Self.ids(
      Self.article(
        "a",
        "[Monday|DATE], [this year|DATE], [last week|DATE], [today|DATE] and [Tuesday's|DATE];",
        "[1989|DATE], [9 November 1989|DATE], [May|DATE], [the 1990s|DATE]."))
    #expect(ids.prefix(5).allSatisfy { $0 == nil })
    #expect(ids.suffix(4) == ["date:1989", "date:9-november-1989", "date:may", "date:the-1990s"])
  }
}
