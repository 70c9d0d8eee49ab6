import BylineCore

/// Find in the article: the matches of the last query (the prompt being typed is in
/// ``InputMode/finding(_:)``).
public struct SearchState: Hashable, Sendable {
  /// The query the matches are for.
  public var query = ""
  /// The matches, in reading order.
  public var matches: [SearchMatch] = []
  /// The matches by paragraph (Unicode scalar ranges), for drawing.
  public var rangesByParagraph: [Int: [TextRange]] = [:]
  /// The match last jumped to.
  public var current: Int?

  /// Creates an empty search.
  public init() {}
}

/// One match of a search: a paragraph and a range of Unicode scalars in it.
public struct SearchMatch: Hashable, Sendable {
  /// The paragraph.
  public var paragraph: Int
  /// The matched scalars.
  public var range: TextRange

  /// Creates a match.
  public init(paragraph: Int, range: TextRange) {
    self.paragraph = paragraph
    self.range = range
  }
}
