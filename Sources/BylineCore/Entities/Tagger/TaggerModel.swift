import Foundation

/// A trained tagger: a hashed table of feature weights (one row per hashed feature, one column per
/// tag, 8-bit integers), tag transition scores and the gazetteer it was trained with.
///
/// Read one with ``init(contentsOf:)``; `TaggerTrainer` (BylineTraining) makes new ones.
public struct TaggerModel: Sendable {
  /// log2 of the number of rows in the weight table.
  public let bucketBits: Int
  /// The weights, in units of `1 / scale`.
  let table: WeightTable
  /// Divide a weight by this to get its real value.
  let scale: Float
  /// Start and transition scores.
  let decoder: ViterbiDecoder
  /// The names used as features.
  public let gazetteer: Gazetteer
  /// Free text about how the model was trained (command, seed, epochs, dev score).
  public let metadata: String
  let extractor: FeatureExtractor

  /// Builds a model from real-valued weights, quantising them to 8 bits (which costs nothing
  /// measurable in accuracy and halves the table's memory traffic).
  package init(
    bucketBits: Int, weights real: [Float], start: [Float], transitions: [Float],
    gazetteer: Gazetteer, metadata: String, groups: FeatureGroups = .current
  ) {
    let largest = real.reduce(Float(0)) { max($0, abs($1)) }
    let scale = largest > 0 ? Float(Int8.max) / largest : 1
    let table = WeightTable(rows: 1 << bucketBits)
    for (index, value) in real.enumerated() where value != 0 {
      let quantised = Int8((value * scale).rounded().clamped(to: -127...127))
      table.setWeight(quantised, row: index / TagSet.count, tag: index % TagSet.count)
    }
    self.init(
      bucketBits: bucketBits, table: table, scale: scale, start: start, transitions: transitions,
      gazetteer: gazetteer, metadata: metadata, groups: groups)
  }

  init(
    bucketBits: Int, table: WeightTable, scale: Float, start: [Float], transitions: [Float],
    gazetteer: Gazetteer, metadata: String, groups: FeatureGroups
  ) {
    self.bucketBits = bucketBits
    self.table = table
    self.scale = scale
    self.decoder = ViterbiDecoder(start: start, transitions: transitions)
    self.gazetteer = gazetteer
    self.metadata = metadata
    self.extractor = FeatureExtractor(bucketBits: bucketBits, groups: groups)
  }

  /// The number of weight rows with at least one non-zero weight.
  package var usedRows: Int {
    (0..<table.rows).count { table.row($0) != SIMD16() }
  }

  /// The tags of every token of a document, given as sentences of token texts. Sentences are
  /// tagged in order, each one seeing the tags given to words earlier in the document; then,
  /// when `consistent`, names repeated in the document are given their majority kind (see
  /// ``DocumentConsistency``).
  package func tags(ofDocument sentences: [[String]], consistent: Bool = true) -> [[Int]] {
    let analyses = sentences.map { SentenceAnalysis(texts: $0, gazetteer: gazetteer) }
    var context = DocumentContext(sentences: analyses, groups: extractor.groups)
    var result = analyses.map { sentence in
      let tags = self.tags(of: sentence, in: context)
      context.record(sentence, tags: tags)
      return tags
    }
    if consistent { DocumentConsistency.relabel(&result, words: analyses.map(\.words)) }
    return result
  }

  /// The tags of one analysed sentence.
  func tags(of sentence: SentenceAnalysis, in context: DocumentContext) -> [Int] {
    let features = extractor.features(of: sentence, in: context)
    return decoder.decode(emissions: emissions(features), count: features.count)
  }

  /// The score of every tag at every token.
  func emissions(_ features: FeatureRows) -> [Float] {
    let tags = TagSet.count
    var result = [Float](repeating: 0, count: features.count * tags)
    let unit = 1 / scale
    let table = self.table
    features.rows.withUnsafeBufferPointer { rows in
      features.starts.withUnsafeBufferPointer { starts in
        for index in 0..<features.count {
          // At most a few dozen features of at most ±127 each: 16 bits cannot overflow.
          var sum = SIMD16<Int16>()
          for position in Int(starts[index])..<Int(starts[index + 1]) {
            sum &+= SIMD16<Int16>(truncatingIfNeeded: table.row(Int(rows[position])))
          }
          for tag in 0..<tags { result[index * tags + tag] = Float(sum[tag]) * unit }
        }
      }
    }
    return result
  }
}
