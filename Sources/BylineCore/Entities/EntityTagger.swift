import Foundation

/// Byline's entity tagger: a statistical model for people, organisations, places and other names
/// (PER, ORG, LOC, MISC), and rules for dates, money and percentages, over raw text.
///
/// The model is an averaged perceptron trained on CoNLL-2003 (see `docs/tagger.md`); text is cut
/// by ``Tokenizer`` and split into sentences before tagging. Where a rule span and a model span
/// overlap, the rule wins (a MISC `Thursday` is a DATE).
public struct EntityTagger: EntityExtractor {
  /// The statistical model.
  public let model: TaggerModel

  /// The name of the bundled model file in `Resources/Model`.
  public static let bundledModelName = "ner-tagger.bin"

  /// A tagger using `model`.
  public init(model: TaggerModel) {
    self.model = model
  }

  /// The tagger with the model that ships with Byline, loaded once per process.
  public static func bundled() throws(TaggerModelError) -> EntityTagger {
    try cached.get()
  }

  private static let cached: Result<EntityTagger, TaggerModelError> = Result {
    () throws(TaggerModelError) -> EntityTagger in
    EntityTagger(model: try TaggerModel(contentsOf: try bundledModelURL()))
  }

  /// Where the bundled model file is (in the package resources).
  public static func bundledModelURL() throws(TaggerModelError) -> URL {
    guard
      let url = Bundle.module.url(
        forResource: bundledModelName, withExtension: nil, subdirectory: "Resources/Model")
    else {
      throw TaggerModelError.missingBundledModel(name: bundledModelName)
    }
    return url
  }

  /// The entities of one paragraph, sorted and non-overlapping, in Unicode scalar offsets. The
  /// paragraph is its own document (see ``entities(inDocument:)`` for whole articles).
  public func entities(in text: String) -> [EntitySpan] {
    entities(inDocument: [text])[0]
  }

  /// The entities of each paragraph of one article. Tagging the paragraphs together lets later
  /// mentions of a name profit from earlier ones (`Putin` after `Vladimir Putin`).
  public func entities(inDocument paragraphs: [String]) -> [[EntitySpan]] {
    let tokenized = paragraphs.map { Tokenizer.tokens(in: $0) }
    var sentences: [[String]] = []
    var owners: [(paragraph: Int, range: Range<Int>)] = []
    for (paragraph, tokens) in tokenized.enumerated() {
      for range in SentenceSplitter.sentences(in: tokens) {
        sentences.append(tokens[range].map(\.text))
        owners.append((paragraph, range))
      }
    }
    let tags = model.tags(ofDocument: sentences)
    var modelSpans = [[EntitySpan]](repeating: [], count: paragraphs.count)
    for (owner, sentenceTags) in zip(owners, tags) {
      let tokens = tokenized[owner.paragraph]
      for chunk in TagSet.chunks(sentenceTags) {
        // A name starts and ends with a word: trim stray punctuation and emoji.
        var lower = owner.range.lowerBound + chunk.range.lowerBound
        var upper = owner.range.lowerBound + chunk.range.upperBound
        while lower < upper, !Self.isWordLike(tokens[lower]) { lower += 1 }
        while upper > lower, !Self.isWordLike(tokens[upper - 1]) { upper -= 1 }
        guard lower < upper else { continue }
        let first = tokens[lower]
        let last = tokens[upper - 1]
        modelSpans[owner.paragraph].append(
          EntitySpan(
            range: TextRange(start: first.range.start, end: last.range.end),
            kind: TagSet.types[chunk.type]))
      }
    }
    return tokenized.indices.map { index in
      SpanMerger.merge(
        rules: EntityRules.spans(in: tokenized[index]), model: modelSpans[index])
    }
  }

  /// Whether a token has a letter or a digit.
  private static func isWordLike(_ token: Token) -> Bool {
    token.text.unicodeScalars.contains { scalar in
      scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
  }
}
