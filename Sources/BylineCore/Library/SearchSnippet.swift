import Foundation
import GRDB

/// The query that marks a page of search hits, and the snippets of long bodies, at a cost
/// bounded however many hits an article has.
///
/// FTS5's `snippet()` scores a window at every hit by looking at every hit, and `highlight()`
/// grows its output one piece at a time, so both cost the square of the hits (issue 17: an
/// article with 40,000 hits took 13 s). They are used for titles up to ``maxHighlightTitle``
/// and bodies up to ``maxSnippetBody`` characters, which bounds the hits they see. A longer
/// body is returned as it is and gets an excerpt around the first word of the query found in
/// it, made here in one pass (``excerpt(of:terms:)``); a longer title gets no marks.
enum SearchSnippet {
  /// The longest body, in characters, that FTS5's `snippet()` works on.
  static let maxSnippetBody = 8000
  /// The longest title, in characters, that FTS5's `highlight()` marks.
  static let maxHighlightTitle = 2000
  /// Characters of an excerpt before its first hit, and in all.
  static let excerptLead = 80
  static let excerptLength = 240

  /// Rows of `rowid`, the marked title, FTS5's snippet (short bodies) and the body (long
  /// ones). Arguments: the match expression, the smallest and largest row ID.
  static func sql(rowIDs list: String) -> String {
    """
    SELECT rowid,
           CASE WHEN length(title) <= \(maxHighlightTitle)
             THEN highlight(article_fts, 0, char(1), char(2)) ELSE title END,
           CASE WHEN length(body) <= \(maxSnippetBody)
             THEN snippet(article_fts, 1, char(1), char(2), '…', 14) END,
           CASE WHEN length(body) > \(maxSnippetBody) THEN body END
    FROM article_fts
    WHERE article_fts MATCH ? AND rowid BETWEEN ? AND ? AND +rowid IN (\(list))
    """
  }

  /// The marked snippet of a row of ``sql(rowIDs:)`` for a search for `query`.
  static func markedSnippet(_ row: Row, query: String) -> String {
    if let snippet = row[2] as String? { return snippet }
    guard let body = row[3] as String? else { return "" }
    return excerpt(of: body, terms: FullTextQuery.terms(in: query))
  }

  /// About ``excerptLength`` characters of `body` from ``excerptLead`` before the first word
  /// of `terms` in it (or from the start), cut at spaces, with `…` where text was left out and
  /// every word of the terms inside marked with U+0001/U+0002. Words compare ignoring case and
  /// diacritics, as the index does; the last word of a prefix term matches as a prefix.
  static func excerpt(of body: String, terms: [FullTextQuery.Term]) -> String {
    var wanted: [(word: String, isPrefix: Bool)] = []
    for term in terms {
      let words = wordRanges(in: Substring(term.text)).map { fold(term.text[$0]) }
      for (index, word) in words.enumerated() {
        wanted.append((word, term.isPrefix && index == words.count - 1))
      }
    }
    func matches(_ word: Substring) -> Bool {
      let folded = fold(word)
      return wanted.contains { $0.isPrefix ? folded.hasPrefix($0.word) : folded == $0.word }
    }
    let text = Substring(body)
    var firstHit = text.startIndex
    for range in wordRanges(in: text) where matches(text[range]) {
      firstHit = range.lowerBound
      break
    }
    let scalars = text.unicodeScalars
    var start =
      scalars.index(firstHit, offsetBy: -excerptLead, limitedBy: scalars.startIndex)
      ?? scalars.startIndex
    var end =
      scalars.index(start, offsetBy: excerptLength, limitedBy: scalars.endIndex)
      ?? scalars.endIndex
    let cutAtStart = start > scalars.startIndex
    let cutAtEnd = end < scalars.endIndex
    if cutAtStart, let space = scalars[start..<firstHit].firstIndex(of: " ") {
      start = scalars.index(after: space)
    }
    if cutAtEnd, let space = scalars[start..<end].lastIndex(of: " ") { end = space }
    let window = Substring(scalars[start..<end])
    var marked = cutAtStart ? "…" : ""
    var position = window.startIndex
    for range in wordRanges(in: window) where matches(window[range]) {
      marked += window[position..<range.lowerBound] + "\u{1}" + window[range] + "\u{2}"
      position = range.upperBound
    }
    return marked + window[position...] + (cutAtEnd ? "…" : "")
  }

  /// The runs of letters and digits in `text`, lazily.
  private static func wordRanges(in text: Substring) -> some Sequence<Range<Substring.Index>> {
    let scalars = text.unicodeScalars
    var index = scalars.startIndex
    return AnySequence {
      AnyIterator { () -> Range<Substring.Index>? in
        while index < scalars.endIndex, !isWordScalar(scalars[index]) {
          scalars.formIndex(after: &index)
        }
        guard index < scalars.endIndex else { return nil }
        let start = index
        while index < scalars.endIndex, isWordScalar(scalars[index]) {
          scalars.formIndex(after: &index)
        }
        return start..<index
      }
    }
  }

  private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      return (0x30...0x39).contains(scalar.value) || (0x41...0x5A).contains(scalar.value)
        || (0x61...0x7A).contains(scalar.value)
    }
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }

  /// `word` compared as the index compares it: lowercased, diacritics removed.
  private static func fold(_ word: Substring) -> String {
    if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.lowercased() }
    return word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }
}
