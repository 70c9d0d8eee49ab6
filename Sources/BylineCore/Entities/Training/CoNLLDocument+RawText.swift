extension CoNLLDocument {
  /// The document as ordinary running text: tokens joined with spaces except before closing
  /// punctuation and clitics (`Germany's`, `said.`), a few sentences to a paragraph. Used to
  /// measure the tagger on realistic raw text.
  public func rawParagraphs(sentencesPerParagraph: Int = 4) -> [String] {
    var paragraphs: [String] = []
    var current = ""
    for (index, sentence) in sentences.enumerated() {
      var text = ""
      var openQuote = false
      for token in sentence.tokens {
        let attaches =
          [".", ",", ":", ";", "?", "!", ")", "'s", "n't", "'re", "'ve", "'ll", "'d", "'m", "%"]
          .contains(token) || (token == "\"" && openQuote)
        if !text.isEmpty && !attaches && !text.hasSuffix("(")
          && !(text.hasSuffix("\"") && openQuote && !attaches)
        {
          text += " "
        }
        if token == "\"" { openQuote.toggle() }
        text += token
      }
      current += current.isEmpty ? text : " " + text
      if (index + 1) % max(1, sentencesPerParagraph) == 0 {
        paragraphs.append(current)
        current = ""
      }
    }
    if !current.isEmpty { paragraphs.append(current) }
    return paragraphs
  }
}
