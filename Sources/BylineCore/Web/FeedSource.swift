import Foundation
import GRDB

/// A web source of the library: a feed, or a web page without one (stored as one article).
public struct FeedSource: Hashable, Sendable {
  /// What the address gives.
  public enum Kind: String, Hashable, Sendable {
    /// An RSS, Atom or JSON feed.
    case feed
    /// A web page that offers no feed: the page itself is one article.
    case page
  }

  /// The source's row ID (`sources.id`).
  public var id: Int64
  /// The address fetched (moved by permanent redirects; may carry credentials, so show
  /// ``displayURL`` instead).
  public var url: String
  /// Feed or page.
  public var kind: Kind
  /// The feed's title, once known.
  public var title: String?
  /// The folder an import gave it (an OPML outline, a newsboat tag).
  public var folder: String?
  /// The `ETag` of the last full response.
  public var etag: String?
  /// The `Last-Modified` of the last full response.
  public var lastModified: String?
  /// When it was last fetched (or tried).
  public var checked: Date?
  /// Not fetched again before this time (its interval, `Cache-Control: max-age` or
  /// `Retry-After`), unless forced.
  public var nextCheck: Date?
  /// The outcome of the last fetch (see ``FeedOutcome/storedValue``).
  public var outcome: String?
  /// A note about the last fetch, such as a permanent redirect.
  public var note: String?
  /// Whether each new item that carries only a summary is stored with its page's main content
  /// (`byline add --full-text URL`).
  public var fullText: Bool

  /// The address without credentials, for messages and lists.
  public var displayURL: String { WebAddress.redacted(url) }

  /// The path of the `files` row that holds its items: its address without credentials.
  var holderPath: String { WebAddress.redacted(url) }

  init(row: Row) {
    id = row["source_id"]
    url = row["url"]
    kind = Kind(rawValue: row["kind"] ?? "feed") ?? .feed
    title = row["title"]
    folder = row["folder"]
    etag = row["etag"]
    lastModified = row["last_modified"]
    checked = (row["checked"] as Double?).map(Date.init(timeIntervalSince1970:))
    nextCheck = (row["next_check"] as Double?).map(Date.init(timeIntervalSince1970:))
    outcome = row["outcome"]
    note = row["note"]
    fullText = (row["full_text"] as Bool?) ?? false
  }

  /// Whether the last fetch failed (anything but ok or not modified).
  public var lastFetchFailed: Bool {
    guard let outcome else { return false }
    return outcome != FeedOutcome.ok.storedValue && outcome != FeedOutcome.notModified.storedValue
  }
}
