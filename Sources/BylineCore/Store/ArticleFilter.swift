/// Which articles the list shows.
public struct ArticleFilter: Hashable, Sendable {
  /// Only articles not yet read.
  public var unreadOnly: Bool
  /// Only starred articles.
  public var starredOnly: Bool
  /// Only articles that mention this entity ID.
  public var entityID: String?
  /// Only articles matching this full-text query (words, `"phrases"`, `prefix*`), ranked.
  public var query: String?
  /// Only articles read from these files or from files under these folders (absolute paths);
  /// empty for every source.
  public var sourcePaths: [String]

  /// Creates a filter; the default shows every article.
  public init(
    unreadOnly: Bool = false, starredOnly: Bool = false, entityID: String? = nil,
    query: String? = nil, sourcePaths: [String] = []
  ) {
    self.unreadOnly = unreadOnly
    self.starredOnly = starredOnly
    self.entityID = entityID
    self.query = query
    self.sourcePaths = sourcePaths
  }

  /// The filter that shows everything.
  public static let all = ArticleFilter()
}
