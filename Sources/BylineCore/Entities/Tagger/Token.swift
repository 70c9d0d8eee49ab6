/// One token of raw text, as the tagger's tokenizer cuts it (see ``Tokenizer``).
public struct Token: Hashable, Sendable {
  /// The token's text, exactly as it appears in the paragraph.
  public var text: String
  /// Where the token is, in Unicode scalar offsets into the paragraph (end exclusive).
  public var range: TextRange
  /// Whether a line break separates this token from the one before it.
  public var startsLine: Bool

  /// Creates a token.
  public init(text: String, range: TextRange, startsLine: Bool = false) {
    self.text = text
    self.range = range
    self.startsLine = startsLine
  }
}
