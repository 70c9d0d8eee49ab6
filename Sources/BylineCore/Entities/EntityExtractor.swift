/// Finds entity mentions in the raw text of one paragraph.
///
/// Implementations return spans sorted by start and non-overlapping, with offsets in Unicode
/// scalars (see ``TextRange``) and `entityID` left `nil`; linking gives IDs afterwards.
public protocol EntityExtractor: Sendable {
  /// The entity spans of one paragraph of raw text.
  func entities(in text: String) -> [EntitySpan]
}
