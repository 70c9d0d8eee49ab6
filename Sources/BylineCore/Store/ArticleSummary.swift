import Foundation

/// One row of the article list: what the list pane shows, without the body.
public struct ArticleSummary: Hashable, Sendable {
  /// The article's stable key.
  public var key: ArticleKey
  /// The title.
  public var title: String
  /// Where it came from (file path or feed URL).
  public var source: String
  /// When it was published, if known.
  public var published: Date?
  /// Whether the reader has opened it.
  public var isRead: Bool
  /// Whether the reader has starred it.
  public var isStarred: Bool
  /// For search results: a one-line snippet around the match, else `nil`.
  public var snippet: String?
  /// For search results: the matched words in `title`, in Unicode scalar offsets.
  public var titleMatches: [TextRange]

  /// Creates a summary.
  public init(
    key: ArticleKey, title: String, source: String, published: Date?, isRead: Bool = false,
    isStarred: Bool = false, snippet: String? = nil, titleMatches: [TextRange] = []
  ) {
    self.key = key
    self.title = title
    self.source = source
    self.published = published
    self.isRead = isRead
    self.isStarred = isStarred
    self.snippet = snippet
    self.titleMatches = titleMatches
  }
}
