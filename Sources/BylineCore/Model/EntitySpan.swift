/// An entity mention inside one paragraph.
public struct EntitySpan: Hashable, Sendable, Codable {
  /// The mention, in Unicode scalar offsets into the paragraph's text (end exclusive).
  public var range: TextRange
  /// What kind of entity it is.
  public var kind: EntityKind
  /// The linked entity's ID, shared by every mention of the same entity across the library;
  /// `nil` until linking has run.
  public var entityID: String?

  /// Creates a span.
  public init(range: TextRange, kind: EntityKind, entityID: String? = nil) {
    self.range = range
    self.kind = kind
    self.entityID = entityID
  }
}
