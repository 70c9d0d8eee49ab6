/// An article and its row in a list (a filter in an order): what a search through the list,
/// such as "the next unread article after row N", finds.
public struct ListedArticle: Hashable, Sendable {
  /// The row, counted from 0 in the list's filter and order.
  public var row: Int
  /// The article.
  public var key: ArticleKey

  /// Creates a listed article.
  public init(row: Int, key: ArticleKey) {
    self.row = row
    self.key = key
  }
}
