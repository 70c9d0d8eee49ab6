import Foundation

/// One subscription read from an OPML or newsboat `urls` file.
public struct Subscription: Hashable, Sendable {
  /// The feed's address.
  public var url: String
  /// Its title, if the file gives one.
  public var title: String?
  /// The folder: the enclosing OPML outlines (joined with `/`), or the first newsboat tag.
  public var folder: String?

  /// Creates a subscription.
  public init(url: String, title: String? = nil, folder: String? = nil) {
    self.url = url
    self.title = title
    self.folder = folder
  }
}
