/// What the reader has done with one article. Kept apart from derived data, keyed by the
/// article's stable key, so rebuilding the index never loses it.
public struct ReadingState: Hashable, Sendable, Codable {
  /// Whether the article has been opened (or marked read).
  public var isRead: Bool
  /// Whether the reader starred it.
  public var isStarred: Bool
  /// The paragraph index at the top of the view when the reader last left the article.
  public var lastParagraph: Int

  /// Creates a reading state; the default is unread, unstarred, at the top.
  public init(isRead: Bool = false, isStarred: Bool = false, lastParagraph: Int = 0) {
    self.isRead = isRead
    self.isStarred = isStarred
    self.lastParagraph = lastParagraph
  }
}
