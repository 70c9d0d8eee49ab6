/// A stable identifier for an article: the same article read again, from the same file or
/// after the file was moved, gets the same key, so reading state survives re-indexing.
///
/// The key is derived from the article's identity, not from where it is stored: its URL (or feed
/// item ID) when it has one, otherwise its title, date and opening text.
public struct ArticleKey: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
  /// The key as 16 lower-case hexadecimal digits.
  public let rawValue: String

  /// Wraps an existing key string (for example one read back from the library).
  public init(rawValue: String) {
    self.rawValue = rawValue
  }

  /// Derives the key from an article's identity.
  ///
  /// - Parameters:
  ///   - identifier: a URL, GUID or other ID the source gives the article, if any.
  ///   - title: the article's title.
  ///   - published: the published date as the source wrote it (or its ISO form), if any.
  ///   - firstText: the start of the article's body.
  public init(identifier: String?, title: String, published: String?, firstText: String) {
    var hasher = FNV1a64()
    if let identifier, !identifier.isEmpty {
      hasher.combine("id:")
      hasher.combine(identifier)
    } else {
      hasher.combine("text:")
      hasher.combine(title)
      hasher.combine("\n")
      hasher.combine(published ?? "")
      hasher.combine("\n")
      hasher.combine(String(firstText.unicodeScalars.prefix(500)))
    }
    rawValue = hasher.hexDigest
  }

  /// The key as text.
  public var description: String { rawValue }

  /// Orders keys by their text.
  public static func < (lhs: ArticleKey, rhs: ArticleKey) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}
