/// Tidies the token ranges the model tags as names: a name starts and ends with a word, never
/// with punctuation or an emoji, and is at most ``maximumTokens`` long (the longest name in the
/// CoNLL-2003 data has 10 tokens; longer runs come from endless capitalised text and are dropped).
///
/// (Splitting people's names at lower-case words, `Kennedy to Kohl`, was tried and lowered the
/// raw-text dev score, so it is not done.)
enum ModelSpanCleaner {
  /// The most tokens a name may have.
  static let maximumTokens = 12

  /// The cleaned range for the token range `range`, or `nil` when no word is left or the name
  /// is too long.
  static func range(_ range: Range<Int>, in tokens: [Token]) -> Range<Int>? {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, !isWordLike(tokens[lower]) { lower += 1 }
    while upper > lower, !isWordLike(tokens[upper - 1]) { upper -= 1 }
    return lower < upper && upper - lower <= maximumTokens ? lower..<upper : nil
  }

  /// Whether a token has a letter or a digit.
  private static func isWordLike(_ token: Token) -> Bool {
    token.text.unicodeScalars.contains { scalar in
      scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
  }
}
