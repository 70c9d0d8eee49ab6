import Foundation

/// One source as `byline sources` lists it.
public struct SourceSummary: Hashable, Sendable, Codable {
  /// `folder`, `file`, `feed` or `page`.
  public var kind: String
  /// The feed's or page's title (`nil` for folders and files, and feeds not yet read).
  public var title: String?
  /// The path, or the address without credentials.
  public var location: String
  /// Articles it holds.
  public var articles: Int
  /// Of those, unread.
  public var unread: Int
  /// When it was last fetched (feeds) or last changed (the newest file indexed).
  public var lastUpdate: Date?
  /// The last fetch's outcome (feeds only).
  public var outcome: String?
  /// A note about the last fetch (feeds only), such as a permanent redirect.
  public var note: String?
  /// The folder an import gave it (feeds only).
  public var folder: String?
  /// Whether the web source is full-text (`byline add --full-text`); `nil` for folders and
  /// files.
  public var fullText: Bool?

  /// Creates a summary.
  public init(
    kind: String, title: String? = nil, location: String, articles: Int, unread: Int,
    lastUpdate: Date? = nil, outcome: String? = nil, note: String? = nil, folder: String? = nil
  ) {
    self.kind = kind
    self.title = title
    self.location = location
    self.articles = articles
    self.unread = unread
    self.lastUpdate = lastUpdate
    self.outcome = outcome
    self.note = note
    self.folder = folder
  }

  /// What to call it: its title, else its path or address.
  public var name: String { title ?? location }

  /// Whether its last fetch failed (a web source whose outcome is neither ok nor not
  /// modified, nor left unfetched); `outcome` then says why.
  public var lastFetchFailed: Bool {
    guard let outcome else { return false }
    return outcome != FeedOutcome.ok.storedValue && outcome != FeedOutcome.notModified.storedValue
      && !outcome.hasPrefix("not fetched")
  }
}
