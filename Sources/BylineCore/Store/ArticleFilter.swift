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
  /// Articles still shown under ``unreadOnly`` although read: those the reader read while the
  /// list was shown, so that later rows keep their places (as mutt and newsboat keep them) until
  /// the list is next loaded afresh. Ignored without ``unreadOnly``.
  public var keptRead: Set<ArticleKey>

  /// Creates a filter; the default shows every article.
  public init(
    unreadOnly: Bool = false, starredOnly: Bool = false, entityID: String? = nil,
    query: String? = nil, sourcePaths: [String] = [], keptRead: Set<ArticleKey> = []
  ) {
    self.unreadOnly = unreadOnly
    self.starredOnly = starredOnly
    self.entityID = entityID
    self.query = query
    self.sourcePaths = sourcePaths
    self.keptRead = keptRead
  }

  /// Whether the filter shows an article with this reading state (the conditions on reading
  /// state only).
  public func shows(_ key: ArticleKey, _ state: ReadingState) -> Bool {
    if unreadOnly && state.isRead && !keptRead.contains(key) { return false }
    if starredOnly && !state.isStarred { return false }
    return true
  }

  /// The filter that shows everything.
  public static let all = ArticleFilter()
}
