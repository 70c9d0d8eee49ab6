/// What fetching one web source did: its address, outcome and the items stored.
public struct FeedFetchReport: Hashable, Sendable {
  /// The address, without credentials.
  public var url: String
  /// The source's title, once known.
  public var title: String?
  /// How the fetch went.
  public var outcome: FeedOutcome
  /// Items new to the library.
  public var added = 0
  /// Items whose text changed.
  public var updated = 0
  /// A note, such as a permanent redirect or the feed a page led to.
  public var note: String?
  /// Set by a subscription when the address was already in the library (nothing fetched).
  public var alreadyAdded = false
  /// Set by a subscription when the source was recorded in the library.
  public var subscribed = false

  /// Creates a report.
  public init(url: String, outcome: FeedOutcome) {
    self.url = url
    self.outcome = outcome
  }
}

/// What one refresh of the web sources did.
public struct FeedRefreshReport: Hashable, Sendable {
  /// One report per source fetched (or skipped), in the library's order.
  public var feeds: [FeedFetchReport] = []
  /// Sources not fetched because their interval had not passed.
  public var notDue = 0

  /// The sources whose fetch failed.
  public var failures: [FeedFetchReport] { feeds.filter(\.outcome.isFailure) }
  /// Items new to the library, over all sources.
  public var added: Int { feeds.reduce(0) { $0 + $1.added } }
  /// Items updated, over all sources.
  public var updated: Int { feeds.reduce(0) { $0 + $1.updated } }

  /// Creates an empty report.
  public init() {}
}

/// How far a refresh is: sources done of those to fetch, and how many failed so far.
public struct FeedProgress: Hashable, Sendable {
  /// Sources fetched so far.
  public var done: Int
  /// Sources to fetch in this run.
  public var total: Int
  /// Sources that failed so far.
  public var failed: Int
  /// Items new to the library so far.
  public var added: Int

  /// Creates a progress report.
  public init(done: Int, total: Int, failed: Int, added: Int = 0) {
    self.done = done
    self.total = total
    self.failed = failed
    self.added = added
  }
}
