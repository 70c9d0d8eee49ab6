/// A linked entity as the library knows it: one ID shared by all its mentions.
public struct EntityRecord: Hashable, Sendable {
  /// The entity's ID, stable across re-indexing (derived from its kind and normalised name).
  public var id: String
  /// The best display name (the fullest form seen).
  public var name: String
  /// Its kind.
  public var kind: EntityKind
  /// How many articles mention it.
  public var articleCount: Int

  /// Creates a record.
  public init(id: String, name: String, kind: EntityKind, articleCount: Int) {
    self.id = id
    self.name = name
    self.kind = kind
    self.articleCount = articleCount
  }
}
