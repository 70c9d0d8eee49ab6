import BylineCore

extension FuzzTarget {
  /// The tagger, then the linker, over the input's lines as one article's paragraphs (raw text,
  /// as `entities --input jsonl` tags it): spans lie inside their paragraph, sorted and not
  /// overlapping, and every span gets a readable, bounded ID of its own kind.
  func checkTagger(_ bytes: [UInt8]) throws(InvariantViolation) {
    let tagger: EntityTagger
    do throws(TaggerModelError) {
      tagger = try EntityTagger.bundled()
    } catch {
      throw InvariantViolation(self, "the bundled model does not load: \(error)")
    }
    let texts = String(decoding: bytes, as: UTF8.self)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let spans = tagger.entities(inDocument: texts)
    try require(spans.count == texts.count, "\(spans.count) span lists for \(texts.count) lines")
    var paragraphs: [Paragraph] = []
    for (index, (text, entities)) in zip(texts, spans).enumerated() {
      try TerminalCheck.requireSpans(
        entities.map { ($0.range.start, $0.range.end) }, length: text.unicodeScalars.count,
        "paragraph \(index) entity", in: self)
      paragraphs.append(Paragraph(text: text, entities: entities))
    }
    var article = Article(
      key: ArticleKey(rawValue: "fuzz"), title: "", source: "fuzz", paragraphs: paragraphs)
    EntityLinker.link(&article)
    for (index, paragraph) in article.paragraphs.enumerated() {
      for (spanIndex, span) in paragraph.entities.enumerated() {
        let name = "paragraph \(index) span \(spanIndex)"
        try require(span.range == spans[index][spanIndex].range, "\(name) moved when linked")
        guard let id = span.entityID else {
          // Relative dates ("Monday", "this year") are left unlinked on purpose.
          if span.kind == .date { continue }
          throw InvariantViolation(self, "\(name) has no entity ID after linking")
        }
        let prefix = span.kind.idPrefix + ":"
        try require(id.hasPrefix(prefix), "\(name) of kind \(span.kind) has ID '\(id)'")
        try require(id.utf8.count > prefix.utf8.count, "\(name) has an empty ID '\(id)'")
        try require(
          id.utf8.count <= prefix.utf8.count + 96, "\(name) has an ID of \(id.utf8.count) bytes")
        try TerminalCheck.requireSafe(id, "\(name) ID", singleLine: true, in: self)
        try require(
          !id.unicodeScalars.contains { $0.properties.isWhitespace }, "\(name) ID '\(id)' has space"
        )
      }
    }
  }
}
