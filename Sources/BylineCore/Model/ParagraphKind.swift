/// What role a paragraph plays in an article; the reader sets each kind apart differently.
public enum ParagraphKind: String, Hashable, Sendable, Codable, CaseIterable {
  /// Ordinary running text.
  case body
  /// A section heading inside the article.
  case heading
  /// A block quotation.
  case quote
  /// One item of a bulleted or numbered list.
  case listItem = "list-item"
}
