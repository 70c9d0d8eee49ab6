import GRDB

/// The query that marks a page of search hits: the title highlighted, and a snippet of the body
/// whose cost is bounded however many hits the body has.
///
/// FTS5's `snippet()` scores a window at every hit by looking at every hit, so its cost grows
/// with the square of the hits in the body (issue 17: an article with 40,000 hits took 13 s).
/// It is used for bodies up to ``maxSnippetBody`` characters, which bounds the hits it sees. A
/// longer body gets an excerpt around its first hit instead, cut from `highlight()`, which is
/// linear.
enum SearchSnippet {
  /// The longest body, in characters, that FTS5's `snippet()` works on.
  static let maxSnippetBody = 8000
  /// Characters of an excerpt before its first hit, and in all.
  static let excerptLead = 80
  static let excerptLength = 240

  /// Rows of `rowid`, the marked title, FTS5's snippet (short bodies), and for long bodies an
  /// excerpt of the marked body, where it starts (1-based) and the marked body's length.
  /// Arguments: the match expression, the smallest and largest row ID.
  static func sql(rowIDs list: String) -> String {
    """
    SELECT rowid, title_marked, short_snippet,
           substr(body_marked, max(1, instr(body_marked, char(1)) - \(excerptLead)),
                  \(excerptLength)),
           max(1, instr(body_marked, char(1)) - \(excerptLead)), length(body_marked)
    FROM (
      SELECT rowid, highlight(article_fts, 0, char(1), char(2)) AS title_marked,
             CASE WHEN length(body) <= \(maxSnippetBody)
               THEN snippet(article_fts, 1, char(1), char(2), '…', 14) END AS short_snippet,
             CASE WHEN length(body) > \(maxSnippetBody)
               THEN highlight(article_fts, 1, char(1), char(2)) END AS body_marked
      FROM article_fts
      WHERE article_fts MATCH ? AND rowid BETWEEN ? AND ? AND +rowid IN (\(list))
    )
    """
  }

  /// The marked snippet of a row of ``sql(rowIDs:)``: FTS5's, or the excerpt cut at spaces
  /// with `…` where text was left out.
  static func markedSnippet(_ row: Row) -> String {
    if let snippet = row[2] as String? { return snippet }
    guard let window = row[3] as String?, let start = row[4] as Int?, let total = row[5] as Int?
    else { return "" }
    var scalars = Substring(window).unicodeScalars[...]
    let cutAtStart = start > 1
    let cutAtEnd = start - 1 + scalars.count < total
    let firstHit = scalars.firstIndex(of: MarkedText.open) ?? scalars.endIndex
    if cutAtStart,
      let space = scalars[..<firstHit].firstIndex(where: { $0 == " " || $0 == "\n" })
    {
      scalars = scalars[scalars.index(after: space)...]
    }
    if cutAtEnd, let space = scalars.lastIndex(where: { $0 == " " || $0 == "\n" }) {
      scalars = scalars[..<space]
    }
    return (cutAtStart ? "…" : "") + String(String.UnicodeScalarView(scalars))
      + (cutAtEnd ? "…" : "")
  }
}
