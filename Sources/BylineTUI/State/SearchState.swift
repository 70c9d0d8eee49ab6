import BylineCore

/// Find in the article: the matches of the last query (the prompt being typed is in
/// ``InputMode/finding(_:)``).
struct SearchState: Hashable, Sendable {
  /// The query the matches are for.
  var query = ""
  /// The matches, in reading order.
  var matches: [SearchMatch] = []
  /// The matches by paragraph (Unicode scalar ranges), for drawing.
  var rangesByParagraph: [Int: [TextRange]] = [:]
  /// The match last jumped to.
  var current: Int?

  init() {}
}

/// One match of a search: a paragraph and a range of Unicode scalars in it.
struct SearchMatch: Hashable, Sendable {
  /// The paragraph.
  var paragraph: Int
  /// The matched scalars.
  var range: TextRange

  init(paragraph: Int, range: TextRange) {
    self.paragraph = paragraph
    self.range = range
  }
}
