/// Finds sentence boundaries in a paragraph's tokens: after `.`, `!`, `?` or `...` (and any
/// closing quotes or brackets) when the next token starts with a capital, a digit or an opening
/// quote, and at every line break.
enum SentenceSplitter {
  /// The sentences of `tokens`, as ranges of token indices covering every token in order.
  static func sentences(in tokens: [Token]) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var start = 0
    var index = 0
    while index < tokens.count {
      if index > start, tokens[index].startsLine {
        result.append(start..<index)
        start = index
      }
      if isTerminator(tokens[index].text) {
        var end = index + 1
        while end < tokens.count, !tokens[end].startsLine, isCloser(tokens[end].text) { end += 1 }
        if end < tokens.count, !tokens[end].startsLine, startsSentence(tokens[end].text) {
          result.append(start..<end)
          start = end
        }
        index = end
        continue
      }
      index += 1
    }
    if start < tokens.count { result.append(start..<tokens.count) }
    return result
  }

  private static func isTerminator(_ text: String) -> Bool {
    text == "." || text == "!" || text == "?" || text == "..." || text == "…"
  }

  private static func isCloser(_ text: String) -> Bool {
    text == "\"" || text == "'" || text == ")" || text == "”" || text == "’" || text == "]"
      || text == "»"
  }

  private static func startsSentence(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first else { return false }
    return first.properties.isUppercase || ("0"..."9").contains(first) || first == "\""
      || first == "“" || first == "'" || first == "‘" || first == "(" || first == "«"
  }
}
