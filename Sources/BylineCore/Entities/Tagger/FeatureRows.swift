/// The hashed feature indices of every token of a sentence (row indices into the weight table).
package struct FeatureRows: Sendable {
  /// Row indices of all tokens, token after token.
  var rows: [Int32] = []
  /// Where each token's rows start in ``rows``; one extra entry for the end.
  var starts: [Int32] = [0]

  /// The number of tokens.
  package var count: Int { starts.count - 1 }

  /// The row indices of token `index`.
  package func rows(of index: Int) -> ArraySlice<Int32> {
    rows[Int(starts[index])..<Int(starts[index + 1])]
  }
}
