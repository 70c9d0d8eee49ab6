import Foundation

/// What the reader needs from wherever articles are kept: a paged list, whole articles,
/// reading state, full-text search and entity pages.
///
/// The SQLite library implements it for real use; ``InMemoryArticleStore`` implements it for
/// tests. Every method is synchronous and fast enough to call on a key press.
public protocol ArticleStore: Sendable {
  /// The number of articles the filter shows.
  func articleCount(matching filter: ArticleFilter) throws -> Int
  /// One page of the list, in `order` (a filter with a query sorts by rank instead).
  func summaries(
    matching filter: ArticleFilter, order: ArticleOrder, offset: Int, limit: Int
  ) throws -> [ArticleSummary]
  /// The whole article, with entity spans linked, or `nil` when the key is unknown.
  func article(for key: ArticleKey) throws -> Article?
  /// The reading state of an article (the default state when none was saved).
  func readingState(for key: ArticleKey) throws -> ReadingState
  /// Saves the reading state of an article.
  func setReadingState(_ state: ReadingState, for key: ArticleKey) throws
  /// Marks read, in one step, every unread article `filter` shows (with `publishedBefore`, only
  /// those published before it; undated articles are then left alone), keeping each one's star
  /// and position. Returns how many were unread.
  func markAllRead(matching filter: ArticleFilter, publishedBefore: Date?) throws -> Int
  /// The entity with this ID, with its variants, one page of mentions and related entities.
  func entityDetails(id: String, mentionLimit: Int, relatedLimit: Int) throws -> EntityDetails?
  /// Entities whose name or a variant matches `name` (normalised), most mentioned first.
  func entities(named name: String, limit: Int) throws -> [EntityRecord]
  /// The article whose URL is `url`, if the library has one (for links between articles).
  func articleKey(forURL url: String) throws -> ArticleKey?
  /// The first unread article after row `row` (`-1`: from the top) of the list `filter`
  /// shows in `order`, with its row; `nil` when there is none. (A default reads pages of
  /// ``summaries(matching:order:offset:limit:)``.)
  func firstUnread(
    matching filter: ArticleFilter, order: ArticleOrder, after row: Int
  ) throws -> ListedArticle?
  /// The row (counted from 0) of the article with `key` in the list `filter` shows in `order`;
  /// `nil` when the list does not show it. (A default reads pages of
  /// ``summaries(matching:order:offset:limit:)``.)
  func row(of key: ArticleKey, matching filter: ArticleFilter, order: ArticleOrder) throws -> Int?
  /// The files of the sources that could not be read when last indexed, each as
  /// ``LibraryError/unreadableFile(path:message:)``, by path, at most `limit`. (A default
  /// returns none: a store without files has none.)
  func unreadableFiles(limit: Int) throws -> [LibraryError]
  /// Every source (folder, file or web source) with its article and unread counts, last update
  /// and last outcome, in the order they were added. Each one's ``SourceSummary/location`` is
  /// what ``ArticleFilter/sourcePaths`` takes to show its articles. (A default returns none.)
  func sourceList() throws -> [SourceSummary]
}
