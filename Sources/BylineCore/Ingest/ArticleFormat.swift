/// The file formats Byline reads articles from.
public enum ArticleFormat: String, Sendable, Hashable, Codable, CaseIterable {
  /// Plain text: optional date line, title, paragraphs.
  case plainText = "text"
  /// Markdown, with optional YAML front matter.
  case markdown
  /// An HTML page.
  case html
  /// An RSS 2.0, RSS 1.0 (RDF) or Atom 1.0 feed.
  case feed
  /// A JSON Feed 1.x document, or a single JSON article object or array of them.
  case json
  /// JSON Lines: one article object per line.
  case jsonLines = "jsonl"
}
