import Foundation

/// One article, as read from a file or a feed: sanitised text, never an invented date.
public struct Article: Hashable, Sendable, Codable, Identifiable {
  /// The stable key (see ``ArticleKey``).
  public var key: ArticleKey
  /// The title, sanitised, soft hyphens removed.
  public var title: String
  /// Where the article came from: a file path, or a feed URL or feed file path.
  public var source: String
  /// The article's own URL, if the source gave one.
  public var url: String?
  /// The author or byline, if the source gave one.
  public var author: String?
  /// When it was published, if the source said; never invented.
  public var published: Date?
  /// The name of the site that published it (a web page's `og:site_name` or JSON-LD publisher),
  /// if the source said. Not kept in the library.
  public var site: String?
  /// The body, in reading order.
  public var paragraphs: [Paragraph]

  /// The stable key, as `Identifiable` wants it.
  public var id: ArticleKey { key }

  /// Creates an article.
  public init(
    key: ArticleKey, title: String, source: String, url: String? = nil, author: String? = nil,
    published: Date? = nil, site: String? = nil, paragraphs: [Paragraph]
  ) {
    self.key = key
    self.title = title
    self.source = source
    self.url = url
    self.author = author
    self.published = published
    self.site = site
    self.paragraphs = paragraphs
  }
}
