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
}
