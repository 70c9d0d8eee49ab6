import BylineCore

/// One sentence of CoNLL-2003 data: tokens and their IOB2 tags.
public struct CoNLLSentence: Sendable {
  /// The tokens, as the data splits them.
  public var tokens: [String]
  /// One tag per token (see ``TagSet``).
  var tags: [Int]
}
