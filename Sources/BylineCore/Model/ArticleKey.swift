/// A stable identifier for an article: the same article read again, from the same file or
/// after the file was moved, gets the same key, so reading state survives re-indexing.
///
/// The key is derived from the article's identity, not from where it is stored: its URL (or feed
/// item ID) when it has one, otherwise its title, date and **whole** text, normalised (see
/// ``init(identifier:title:published:body:)``). Two texts that differ anywhere are two articles;
/// the same text in two files is one (issue 17).
public struct ArticleKey: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
  /// The key as 16 lower-case hexadecimal digits.
  public let rawValue: String

  /// Wraps an existing key string (for example one read back from the library).
  public init(rawValue: String) {
    self.rawValue = rawValue
  }

  /// Derives the key from an article's identity: the identifier when there is one, else the
  /// title, the date and the whole body.
  ///
  /// The body is hashed whole, once, with runs of white space (ASCII space, tab, line and
  /// paragraph breaks) taken as one space and leading and trailing space ignored, so a file
  /// saved again with other line breaks keeps its key while any edit to the words gives a new
  /// one.
  ///
  /// - Parameters:
  ///   - identifier: a URL, GUID or other ID the source gives the article, if any.
  ///   - title: the article's title.
  ///   - published: the published date as the source wrote it (or its ISO form), if any.
  ///   - body: the text of every paragraph, in order.
  public init<Body: Sequence<String>>(
    identifier: String?, title: String, published: String?, body: Body
  ) {
    if let identifier, !identifier.isEmpty {
      let scoped = Self.isDistinctive(identifier) ? identifier : identifier + "\n" + title
      self.init(rawValue: Self.identifierHash(scoped))
    } else {
      self.init(rawValue: Self.textHash(title: title, published: published, body: body))
    }
  }

  /// Derives a key the way version 2 of the library did: the identifier, else the title, the date
  /// and only the first 500 characters of `firstText`.
  ///
  /// Two texts sharing their opening are one key here, so it no longer identifies an article; it
  /// names the *story* (re-edited versions of one text share it) and lets the library upgrade
  /// tell which stored keys were derived from text (see `LibrarySchema.migrateToVersion3`).
  ///
  /// - Parameters:
  ///   - identifier: a URL, GUID or other ID the source gives the article, if any.
  ///   - title: the article's title.
  ///   - published: the published date as the source wrote it (or its ISO form), if any.
  ///   - firstText: the start of the article's body.
  public init(identifier: String?, title: String, published: String?, firstText: String) {
    if let identifier, !identifier.isEmpty {
      self.init(rawValue: Self.identifierHash(identifier))
    } else {
      var hasher = FNV1a64()
      hasher.combine("text:")
      hasher.combine(title)
      hasher.combine("\n")
      hasher.combine(published ?? "")
      hasher.combine("\n")
      hasher.combine(String(firstText.unicodeScalars.prefix(500)))
      self.init(rawValue: hasher.hexDigest)
    }
  }

  /// Whether an identifier can name an article on its own: a URL, URN or tag URI, or a GUID-like
  /// string of at least 8 characters. Short IDs such as the `"id": 1` of a JSON Lines file are
  /// numbered per file, so two unrelated files share them; such an ID names an article only
  /// together with its title, and two files with the same small ID are not merged (issue 17).
  static func isDistinctive(_ identifier: String) -> Bool {
    identifier.utf8.count >= 8 || identifier.utf8.contains(UInt8(ascii: ":"))
  }

  private static func identifierHash(_ identifier: String) -> String {
    var hasher = FNV1a64()
    hasher.combine("id:")
    hasher.combine(identifier)
    return hasher.hexDigest
  }

  /// The hash of an article's title, date and normalised whole body (see
  /// ``init(identifier:title:published:body:)``): its key when it has no identifier, and the
  /// library's content hash (`articles.content_hash`) for every article.
  public static func textHash<Body: Sequence<String>>(
    title: String, published: String?, body: Body
  ) -> String {
    var hasher = FNV1a64()
    hasher.combine("body:")
    hasher.combine(title)
    hasher.combine("\n")
    hasher.combine(published ?? "")
    hasher.combine("\n")
    // 0 at the start (nothing written yet), 1 inside a word, 2 after white space in a word run.
    var state = 0
    for paragraph in body {
      for byte in paragraph.utf8 {
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D:
          if state == 1 { state = 2 }
        default:
          if state == 2 { hasher.combine(0x20) }
          hasher.combine(byte)
          state = 1
        }
      }
      if state == 1 { state = 2 }
    }
    return hasher.hexDigest
  }

  /// The key as text.
  public var description: String { rawValue }

  /// Orders keys by their text.
  public static func < (lhs: ArticleKey, rhs: ArticleKey) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}
