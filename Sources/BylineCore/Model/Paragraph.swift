/// One block of an article's text, already sanitised, with the links and entities it carries.
public struct Paragraph: Hashable, Sendable, Codable {
  /// The sanitised text: valid Unicode, no control characters but tab and newline.
  public var text: String
  /// The paragraph's role (body, heading, quote, list item).
  public var kind: ParagraphKind
  /// Links in the text, sorted by start and non-overlapping. Offsets count Unicode scalars.
  public var links: [Link]
  /// Entity spans found in the text, sorted by start and non-overlapping. Offsets count Unicode
  /// scalars. Empty until the tagger has run.
  public var entities: [EntitySpan]

  /// Creates a paragraph.
  public init(
    text: String, kind: ParagraphKind = .body, links: [Link] = [], entities: [EntitySpan] = []
  ) {
    self.text = text
    self.kind = kind
    self.links = links
    self.entities = entities
  }
}
