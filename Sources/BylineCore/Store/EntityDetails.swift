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

  /// Creates the details.
  public init(
    entity: EntityRecord, variants: [String], mentions: [EntityMention], related: [RelatedEntity]
  ) {
    self.entity = entity
    self.variants = variants
    self.mentions = mentions
    self.related = related
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
