/// Tidies the token ranges the model tags as names: a name starts and ends with a word, never
/// with punctuation or an emoji.
///
/// (Splitting people's names at lower-case words, `Kennedy to Kohl`, was tried and lowered the
/// raw-text dev score, so it is not done.)
enum ModelSpanCleaner {
  /// The cleaned range for the token range `range`, or `nil` when no word is left.
  static func range(_ range: Range<Int>, in tokens: [Token]) -> Range<Int>? {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, !isWordLike(tokens[lower]) { lower += 1 }
    while upper > lower, !isWordLike(tokens[upper - 1]) { upper -= 1 }
    return lower < upper ? lower..<upper : nil
  }

  /// Whether a token has a letter or a digit.
  private static func isWordLike(_ token: Token) -> Bool {
    token.text.unicodeScalars.contains { scalar in
      scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
  }
}
