/// A hyperlink carried by a paragraph: the linked text and where it points.
public struct Link: Hashable, Sendable, Codable {
  /// The linked text, in Unicode scalar offsets into the paragraph's text (end exclusive).
  public var range: TextRange
  /// The target exactly as the source gave it (already sanitised; may be relative).
  public var url: String

  /// Creates a link over `range` (Unicode scalar offsets) pointing at `url`.
  public init(range: TextRange, url: String) {
    self.range = range
    self.url = url
  }
}
