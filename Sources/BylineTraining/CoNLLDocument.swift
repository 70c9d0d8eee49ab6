/// One document of CoNLL-2003 data (the sentences between two `-DOCSTART-` lines).
public struct CoNLLDocument: Sendable {
  /// The sentences, in order.
  public var sentences: [CoNLLSentence]

  /// The same document with every token in capitals (tags unchanged).
  public func uppercased() -> CoNLLDocument {
    CoNLLDocument(
      sentences: sentences.map {
        CoNLLSentence(tokens: $0.tokens.map { $0.uppercased() }, tags: $0.tags)
      })
  }
}
