/// Text returned by FTS5's `highlight()` or `snippet()` with U+0001 before and U+0002 after each
/// match (sanitised content never holds those control characters), split into plain text and
/// match ranges in Unicode scalar offsets.
struct MarkedText {
  /// The opening marker passed to FTS5.
  static let open: Unicode.Scalar = "\u{1}"
  /// The closing marker passed to FTS5.
  static let close: Unicode.Scalar = "\u{2}"

  /// The text without markers, newlines turned into spaces.
  var text: String
  /// The marked matches.
  var matches: [TextRange]

  /// Splits marked text.
  init(_ marked: String) {
    var plain = String.UnicodeScalarView()
    var matches: [TextRange] = []
    var start: Int?
    var count = 0
    for scalar in marked.unicodeScalars {
      switch scalar {
      case Self.open:
        start = count
      case Self.close:
        if let from = start, count > from { matches.append(TextRange(start: from, end: count)) }
        start = nil
      case FullTextSegmenter.separator:
        continue
      case "\n", "\r", "\t":
        plain.append(" ")
        count += 1
      default:
        plain.append(scalar)
        count += 1
      }
    }
    text = String(plain)
    self.matches = matches
  }
}
