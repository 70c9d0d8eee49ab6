import Foundation

/// What one index run did.
public struct IndexReport: Hashable, Sendable {
  /// Files seen for the first time.
  public var filesAdded = 0
  /// Files whose content changed and were read again.
  public var filesChanged = 0
  /// Files touched (new modification time) whose content was the same: not read again.
  public var filesTouched = 0
  /// Files that disappeared; their articles were removed.
  public var filesRemoved = 0
  /// Files that moved (same content under a new path); their articles were kept.
  public var filesRenamed = 0
  /// Files left alone because nothing changed.
  public var filesUnchanged = 0
  /// Articles written.
  public var articlesAdded = 0
  /// Articles removed (from changed or removed files).
  public var articlesRemoved = 0
  /// Articles read that were already in the library from another file: not stored again, but
  /// recorded as held by this file too (so the source filter finds them under it).
  public var duplicateArticles = 0
  /// Articles read under an identifier (feed GUID or URL) already in the library with another
  /// text: one article, its stored text replaced by the one read (issue 17). Those read from a
  /// file not yet holding the article count in ``duplicateArticles`` as well.
  public var articlesUpdated = 0
  /// Files that could not be read or parsed (they are retried when they change).
  public var failures: [LibraryError] = []
  /// Sources that no longer exist; their articles were kept.
  public var missingSources: [String] = []
  /// Web feeds fetched in this run (failed ones included).
  public var feedsFetched = 0
  /// Items new to the library from web feeds.
  public var feedArticlesAdded = 0
  /// Items from web feeds whose text changed.
  public var feedArticlesUpdated = 0
  /// Each web feed that failed: its address (without credentials) and the reason.
  public var feedFailures: [FeedFetchReport] = []
  /// Seconds the run took.
  public var elapsed: TimeInterval = 0
  /// CPU seconds spent writing (SQLite, the full-text index, the entity tables) on the one
  /// writer thread; reading, tagging and linking ran on the other cores meanwhile.
  public var writerCPUSeconds: Double = 0

  /// Creates an empty report.
  public init() {}
}
