import Foundation

/// One article's mention of an entity, as the entity page lists it.
public struct EntityMention: Hashable, Sendable {
  /// The article that mentions the entity.
  public var articleKey: ArticleKey
  /// That article's title.
  public var title: String
  /// That article's date, if known.
  public var published: Date?
  /// The paragraph of the first mention in that article.
  public var paragraphIndex: Int
  /// The first mention, in Unicode scalar offsets into that paragraph.
  public var range: TextRange
  /// A one-line snippet around the mention.
  public var snippet: String

  /// Creates a mention.
  public init(
    articleKey: ArticleKey, title: String, published: Date?, paragraphIndex: Int,
    range: TextRange, snippet: String
  ) {
    self.articleKey = articleKey
    self.title = title
    self.published = published
    self.paragraphIndex = paragraphIndex
    self.range = range
    self.snippet = snippet
  }
}
