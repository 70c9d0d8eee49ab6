import BylineCore
import Foundation
import Testing

@testable import BylineTUI

/// Issue 14: the entity page shows an organisation's acronym with its name, and the short
/// names the library could not link to one entity ("Mr Blair: also Cherie Blair").
@Suite struct EntityPageAliasSnapshotTests {
  func render(_ details: EntityDetails, width: Int, height: Int) -> String {
    let page = PageState.entityPage(details, mentionLimit: 10)
    var screen = Screen(width: width, height: height)
    PageView(page: page, isFocused: true).render(in: screen.bounds, on: &screen)
    return screen.snapshot()
  }

  static func record(_ id: String, _ name: String, _ kind: EntityKind, _ count: Int) -> EntityRecord
  {
    EntityRecord(id: id, name: name, kind: kind, articleCount: count)
  }

  @Test func acronymAndAliasNotesAreShown() {
    let mention = EntityMention(
      articleKey: ArticleKey(rawValue: "00000000000000c1"), title: "Inspectors leave",
      published: TestArticles.date(3), paragraphIndex: 0, range: TextRange(start: 0, end: 4),
      snippet: "IAEA inspectors left Iran.")
    let details = EntityDetails(
      entity: Self.record(
        "name:international-atomic-energy-agency", "International Atomic Energy Agency",
        .organization, 1),
      variants: ["International Atomic Energy Agency", "IAEA"], mentions: [mention],
      related: [
        RelatedEntity(entity: Self.record("name:iran", "Iran", .location, 4), sharedArticles: 1)
      ],
      acronym: "IAEA",
      aliasNotes: [
        EntityAliasNote(
          name: "AEA",
          others: [
            Self.record("name:atomic-energy-authority", "Atomic Energy Authority", .organization, 2)
          ])
      ])
    let text = render(details, width: 70, height: 14)
    assertSnapshot(text, named: "entity-page-acronym-notes-70x14")
    #expect(text.contains("International Atomic Energy Agency (IAEA)"))
    #expect(text.contains("AEA: also Atomic Energy Authority"))
  }

  /// One entity per name: a name tagged with two kinds in an article is one entry of the
  /// article's entities view, under the kind most of its mentions have.
  @Test func articleEntitiesListsANameTaggedWithTwoKindsOnce() {
    let text = "Arsenal beat Arsenal fans of Arsenal."
    let spans = [(0, 7, EntityKind.organization), (13, 20, .person), (29, 36, .organization)]
    let article = Article(
      key: ArticleKey(rawValue: "00000000000000c2"), title: "Derby", source: "/n/d.txt",
      paragraphs: [
        Paragraph(
          text: text,
          entities: spans.map {
            EntitySpan(
              range: TextRange(start: $0.0, end: $0.1), kind: $0.2, entityID: "name:arsenal")
          })
      ])
    let page = PageState.articleEntities(article)
    let texts = page.lines.map { $0.pieces.map(\.text).joined() }
    #expect(texts.filter { $0.contains("Arsenal") } == ["  Arsenal  ×3"])
    #expect(texts.contains { $0.hasPrefix("Organisations") })
    #expect(!texts.contains { $0.hasPrefix("People") })
    #expect(page.items == [.entity(id: "name:arsenal")])
  }
}
