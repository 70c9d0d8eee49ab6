import Foundation

/// Byline's entity tagger: a statistical model for people, organisations, places and other names
/// (PER, ORG, LOC, MISC), and rules for dates, money and percentages, over raw text.
///
/// The model is an averaged perceptron trained on CoNLL-2003 (see `docs/tagger.md`); text is cut
/// by ``Tokenizer`` and split into sentences before tagging. Where a rule span and a model span
/// overlap, the rule wins (a MISC `Thursday` is a DATE), unless the model span is longer and
/// contains it (`Sunday Times` stays an ORG).
public struct EntityTagger: EntityExtractor {
  /// The statistical model.
  public let model: TaggerModel

  /// The name of the bundled model file in `Resources/Model`.
  public static let bundledModelName = "ner-tagger.bin"

  /// Whether the span rules of ``ModelSpanCleaner`` beyond trimming run (brackets, quotes,
  /// common words before numbers, idioms); off only to measure what they are worth.
  package var spanRules = true
  /// Whether repeated names in a document are made to agree (``DocumentConsistency``); off
  /// only to measure what it is worth.
  package var consistent = true

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
      let url = ResourceBundle.bundle.url(
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
    let tags = model.tags(ofDocument: sentences, consistent: consistent)
    var modelSpans = [[EntitySpan]](repeating: [], count: paragraphs.count)
    for (owner, sentenceTags) in zip(owners, tags) {
      let tokens = tokenized[owner.paragraph]
      for chunk in TagSet.chunks(sentenceTags) {
        let kind = TagSet.types[chunk.type]
        let start = owner.range.lowerBound + chunk.range.lowerBound
        let end = owner.range.lowerBound + chunk.range.upperBound
        let pieces =
          spanRules
          ? ModelSpanCleaner.ranges(start..<end, in: tokens)
          : ModelSpanCleaner.trimmed(start..<end, in: tokens).map { [$0] } ?? []
        for piece in pieces {
          modelSpans[owner.paragraph].append(
            EntitySpan(
              range: TextRange(
                start: tokens[piece.lowerBound].range.start,
                end: tokens[piece.upperBound - 1].range.end),
              kind: kind))
        }
      }
    }
    return tokenized.indices.map { index in
      SpanMerger.merge(
        rules: EntityRules.spans(in: tokenized[index]), model: modelSpans[index])
    }
  }
}
