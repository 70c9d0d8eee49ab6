import BylineCore

extension CoNLLDocument {
  /// The document as ordinary running text: tokens joined with spaces except before closing
  /// punctuation and clitics (`Germany's`, `said.`), a few sentences to a paragraph, and a line
  /// break after a sentence that has no final punctuation (a headline or dateline). Used to
  /// measure the tagger on realistic raw text.
  public func rawParagraphs(sentencesPerParagraph: Int = 4) -> [String] {
    rawText(sentencesPerParagraph: sentencesPerParagraph).map(\.text)
  }

  /// The document as running text (see ``rawParagraphs(sentencesPerParagraph:)``), each
  /// paragraph with its gold entities in Unicode scalar offsets.
  public func rawText(sentencesPerParagraph: Int = 4) -> [(text: String, entities: [EntitySpan])] {
    var paragraphs: [(text: String, entities: [EntitySpan])] = []
    var current = ""
    var length = 0
    var entities: [EntitySpan] = []
    func append(_ piece: String) {
      current += piece
      length += piece.unicodeScalars.count
    }
    var previousEnded = true
    for (index, sentence) in sentences.enumerated() {
      if !current.isEmpty { append(previousEnded ? " " : "\n") }
      let last = sentence.tokens.last ?? "."
      previousEnded = [".", "!", "?", "\"", "'", ")"].contains(last)
      var ranges: [TextRange] = []
      var openQuote = false
      var sentenceStart = true
      for token in sentence.tokens {
        let attaches =
          [".", ",", ":", ";", "?", "!", ")", "'s", "n't", "'re", "'ve", "'ll", "'d", "'m", "%"]
          .contains(token) || (token == "\"" && openQuote)
        let afterOpener = current.hasSuffix("(") || (current.hasSuffix("\"") && openQuote)
        if !sentenceStart && !attaches && !afterOpener { append(" ") }
        if token == "\"" { openQuote.toggle() }
        let start = length
        append(token)
        ranges.append(TextRange(start: start, end: length))
        sentenceStart = false
      }
      for chunk in TagSet.chunks(sentence.tags) {
        entities.append(
          EntitySpan(
            range: TextRange(
              start: ranges[chunk.range.lowerBound].start,
              end: ranges[chunk.range.upperBound - 1].end),
            kind: TagSet.types[chunk.type]))
      }
      if (index + 1) % max(1, sentencesPerParagraph) == 0 {
        paragraphs.append((current, entities))
        current = ""
        length = 0
        entities = []
      }
    }
    if !current.isEmpty { paragraphs.append((current, entities)) }
    return paragraphs
  }
}
