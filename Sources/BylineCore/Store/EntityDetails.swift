/// Everything the entity page shows about one entity.
public struct EntityDetails: Hashable, Sendable {
  /// The entity.
  public var entity: EntityRecord
  /// The different spellings seen in the text, most frequent first.
  public var variants: [String]
  /// Articles that mention it, newest first (one page of them).
  public var mentions: [EntityMention]
  /// Entities that appear most often in the same articles, with the number of shared articles.
  public var related: [RelatedEntity]
  /// The acronym the library shows with the entity's name (`IAEA` for "International Atomic
  /// Energy Agency"), if any.
  public var acronym: String?
  /// Short names that may stand for this entity or for others ("Blair: also Cherie Blair").
  public var aliasNotes: [EntityAliasNote]
  /// How many of its mentions the tagger gave each kind (the most counted is its kind).
  public var kindCounts: [EntityKind: Int]

  /// Creates the details.
  public init(
    entity: EntityRecord, variants: [String], mentions: [EntityMention], related: [RelatedEntity],
    acronym: String? = nil, aliasNotes: [EntityAliasNote] = [],
    kindCounts: [EntityKind: Int] = [:]
  ) {
    self.entity = entity
    self.variants = variants
    self.mentions = mentions
    self.related = related
    self.acronym = acronym
    self.aliasNotes = aliasNotes
    self.kindCounts = kindCounts
  }

  /// The name as a page shows it: with its acronym when there is one, "International Atomic
  /// Energy Agency (IAEA)".
  public var title: String {
    guard let acronym, acronym != entity.name else { return entity.name }
    return entity.name + " (" + acronym + ")"
  }
}

/// An entity that appears together with another, and in how many articles.
public struct RelatedEntity: Hashable, Sendable {
  /// The co-occurring entity.
  public var entity: EntityRecord
  /// The number of articles that mention both.
  public var sharedArticles: Int

  /// Creates a related entry.
  public init(entity: EntityRecord, sharedArticles: Int) {
    self.entity = entity
    self.sharedArticles = sharedArticles
  }
}
