import BylineCore
import Foundation

/// What `byline entity NAME --format json` prints: one JSON object, for scripts and tests.
struct EntityJSON: Encodable {
  /// The counts of an entity.
  struct Counts: Encodable {
    /// Articles that mention it (with those that use a short name linked to it).
    var articles: Int
    /// Articles listed in `articles` (at most `--limit`).
    var listed: Int
    /// Mentions per kind the tagger gave them (`person`, `organization`, …).
    var kinds: [String: Int]
  }

  /// One article that mentions the entity.
  struct ArticleEntry: Encodable {
    var key: String
    var title: String
    /// `YYYY-MM-DD`, or `null` when the article has no date.
    var published: String?
    var paragraph: Int
    var snippet: String
  }

  /// Another entity: one seen in the same articles, or one with the same name.
  struct OtherEntity: Encodable {
    var id: String
    var name: String
    var kind: String
    var articles: Int
    /// For related entities: articles that mention both.
    var together: Int?
  }

  var id: String
  var name: String
  /// The name with its acronym, "International Atomic Energy Agency (IAEA)".
  var title: String
  var kind: String
  var spellings: [String]
  var counts: Counts
  var articles: [ArticleEntry]
  var related: [OtherEntity]
  /// Short names it shares with other entities: "Blair: also Cherie Blair".
  var notes: [String]
  /// Other entities the name given on the command line matches.
  var alsoCalled: [OtherEntity]

  init(_ details: EntityDetails, alsoCalled: [EntityRecord]) {
    let entity = details.entity
    id = entity.id
    name = entity.name
    title = details.title
    kind = entity.kind.rawValue
    spellings = details.variants
    counts = Counts(
      articles: entity.articleCount, listed: details.mentions.count,
      kinds: Dictionary(
        uniqueKeysWithValues: details.kindCounts.map { ($0.key.rawValue, $0.value) }))
    articles = details.mentions.map { mention in
      ArticleEntry(
        key: mention.articleKey.rawValue, title: mention.title,
        published: mention.published.map { String(DateParser.isoString($0).prefix(10)) },
        paragraph: mention.paragraphIndex, snippet: mention.snippet)
    }
    related = details.related.map {
      OtherEntity(
        id: $0.entity.id, name: $0.entity.name, kind: $0.entity.kind.rawValue,
        articles: $0.entity.articleCount, together: $0.sharedArticles)
    }
    notes = details.aliasNotes.map(\.text)
    self.alsoCalled = alsoCalled.map {
      OtherEntity(
        id: $0.id, name: $0.name, kind: $0.kind.rawValue, articles: $0.articleCount,
        together: nil)
    }
  }

  enum CodingKeys: String, CodingKey {
    case id, name, title, kind, spellings, counts, articles, related, notes
    case alsoCalled = "also_called"
  }

  /// The JSON text: keys sorted, indented, slashes not escaped.
  func encoded() throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(self), as: UTF8.self)
  }
}
