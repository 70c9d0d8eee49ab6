/// Turns what the user typed into a safe FTS5 query.
///
/// Supported: words (all must match), `"exact phrases"`, and `prefix*`. Everything else is
/// taken literally: every word or phrase is quoted, so FTS5 operators (`AND`, `OR`, `NOT`,
/// `NEAR`, `^`, `:`, parentheses) are searched as words and can never break the query; an
/// unbalanced quote runs to the end of the text.
public enum FullTextQuery {
  /// One searched-for term.
  public struct Term: Hashable, Sendable {
    /// The words of the term (one word, or a phrase).
    public var text: String
    /// Whether the last word is a prefix (`word*`).
    public var isPrefix: Bool
  }

  /// The terms in `text`.
  public static func terms(in text: String) -> [Term] {
    var terms: [Term] = []
    var current = ""
    var inPhrase = false
    func finish() {
      var word = current
      current = ""
      var isPrefix = false
      while word.hasSuffix("*") {
        word.removeLast()
        isPrefix = true
      }
      // By scalar: a quote followed by a combining mark is one Character that a Character-wise
      // replacement would miss, and a quote left inside a quoted term breaks the FTS5 query.
      word = String(String.UnicodeScalarView(word.unicodeScalars.map { $0 == "\"" ? " " : $0 }))
      guard word.unicodeScalars.contains(where: { isWordScalar($0) }) else { return }
      terms.append(Term(text: word, isPrefix: isPrefix))
    }
    for character in text {
      // A control character (NUL above all: FTS5 reads a query only up to it) separates words.
      if character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
        if inPhrase { current.append(" ") } else { finish() }
      } else if character == "\"" {
        finish()
        inPhrase.toggle()
      } else if !inPhrase && character.isWhitespace {
        finish()
      } else {
        current.append(character)
      }
    }
    finish()
    return terms
  }

  /// The FTS5 expression for `text`, or `nil` when it holds nothing to search for.
  public static func expression(for text: String) -> String? {
    let terms = terms(in: text)
    guard !terms.isEmpty else { return nil }
    return terms.map { term in
      "\"" + FullTextSegmenter.segmented(term.text) + "\"" + (term.isPrefix ? "*" : "")
    }.joined(separator: " ")
  }

  private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }
}
