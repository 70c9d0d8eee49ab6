import Foundation

/// An article made ready for writing, off the writer's thread: the body text the full-text
/// index gets, links encoded, and its entities gathered with their first mention and the
/// spellings used.
struct PreparedArticle: Sendable {
  /// One linked entity of the article.
  struct Entity: Sendable {
    /// The entity ID given by the linker.
    var id: String
    /// The kind of its first mention.
    var kind: EntityKind
    /// The paragraph of its first mention.
    var paragraph: Int
    /// The first mention's range (Unicode scalars).
    var range: TextRange
    /// How often each spelling occurs in the article.
    var variants: [String: Int]
    /// How often the tagger gave each kind to its mentions in the article (the library decides
    /// the entity's kind from these counts over all articles).
    var kinds: [EntityKind: Int]
  }

  /// The article itself (entity spans linked).
  var article: Article
  /// The title as the full-text index gets it (see ``FullTextSegmenter``).
  var fullTextTitle: String
  /// The paragraphs joined with newlines, as the full-text index gets the body.
  var fullTextBody: String
  /// Each paragraph's links as JSON (see ``LinkCoding``), or `nil` when it has none.
  var linksJSON: [String?]
  /// The linked entities, in order of first mention.
  var entities: [Entity]
  /// The hash of the title, date and whole normalised text (``ArticleKey/textHash(title:published:body:)``),
  /// stored as `articles.content_hash`: an article met again under its identifier with another
  /// hash was edited, and its stored text is replaced.
  var contentHash: String

  /// Prepares `article` for writing.
  init(_ article: Article) {
    self.article = article
    contentHash = ArticleKey.textHash(
      title: article.title, published: article.published.map(DateParser.isoString),
      body: article.paragraphs.lazy.map(\.text))
    fullTextTitle = FullTextSegmenter.segmented(article.title)
    fullTextBody = FullTextSegmenter.segmented(
      article.paragraphs.map(\.text).joined(separator: "\n"))
    linksJSON = LinkCoding.encode(article.paragraphs)
    var entities: [Entity] = []
    var position: [String: Int] = [:]
    for (index, paragraph) in article.paragraphs.enumerated() where !paragraph.entities.isEmpty {
      let slicer = ScalarSlicer(paragraph.text)
      for span in paragraph.entities {
        guard let id = span.entityID, !id.isEmpty else { continue }
        let surface = slicer.text(span.range)
        if let at = position[id] {
          entities[at].variants[surface, default: 0] += 1
          entities[at].kinds[span.kind, default: 0] += 1
        } else {
          position[id] = entities.count
          entities.append(
            Entity(
              id: id, kind: span.kind, paragraph: index, range: span.range,
              variants: [surface: 1], kinds: [span.kind: 1]))
        }
      }
    }
    self.entities = entities
  }
}
