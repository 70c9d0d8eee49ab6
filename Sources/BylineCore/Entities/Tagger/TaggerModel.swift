import Foundation

/// A trained tagger: a hashed table of feature weights (one row per hashed feature, one column per
/// tag, 16-bit integers), tag transition scores and the gazetteer it was trained with.
///
/// Read one with ``init(contentsOf:)``; ``TaggerTrainer`` makes new ones.
public struct TaggerModel: Sendable {
  /// log2 of the number of rows in the weight table.
  public let bucketBits: Int
  /// Row-major weights, `row * TagSet.count + tag`, in units of `1 / scale`.
  let weights: [Int16]
  /// Divide a weight by this to get its real value.
  let scale: Float
  /// Start and transition scores.
  let decoder: ViterbiDecoder
  /// The names used as features.
  public let gazetteer: Gazetteer
  /// Free text about how the model was trained (command, seed, epochs, dev score).
  public let metadata: String
  let extractor: FeatureExtractor

  /// Builds a model from real-valued weights, quantising them to 16 bits.
  init(
    bucketBits: Int, weights real: [Float], start: [Float], transitions: [Float],
    gazetteer: Gazetteer, metadata: String
  ) {
    let largest = real.reduce(Float(0)) { max($0, abs($1)) }
    let scale = largest > 0 ? Float(Int16.max) / largest : 1
    self.init(
      bucketBits: bucketBits,
      weights: real.map { Int16((($0 * scale).rounded()).clamped(to: -32767...32767)) },
      scale: scale, start: start, transitions: transitions, gazetteer: gazetteer,
      metadata: metadata)
  }

  init(
    bucketBits: Int, weights: [Int16], scale: Float, start: [Float], transitions: [Float],
    gazetteer: Gazetteer, metadata: String
  ) {
    self.bucketBits = bucketBits
    self.weights = weights
    self.scale = scale
    self.decoder = ViterbiDecoder(start: start, transitions: transitions)
    self.gazetteer = gazetteer
    self.metadata = metadata
    self.extractor = FeatureExtractor(bucketBits: bucketBits)
  }

  /// The number of weight rows with at least one non-zero weight.
  public var usedRows: Int {
    stride(from: 0, to: weights.count, by: TagSet.count).count { row in
      (row..<(row + TagSet.count)).contains { weights[$0] != 0 }
    }
  }

  /// The tags of every token of a document, given as sentences of token texts. Sentences are
  /// tagged in order, each one seeing the tags given to words earlier in the document.
  func tags(ofDocument sentences: [[String]]) -> [[Int]] {
    let analyses = sentences.map { SentenceAnalysis(texts: $0, gazetteer: gazetteer) }
    var context = DocumentContext(sentences: analyses)
    return analyses.map { sentence in
      let tags = self.tags(of: sentence, in: context)
      context.record(sentence, tags: tags)
      return tags
    }
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
    weights.withUnsafeBufferPointer { table in
      var sums = [Int32](repeating: 0, count: tags)
      for index in 0..<features.count {
        for tag in 0..<tags { sums[tag] = 0 }
        for row in features.rows(of: index) {
          let base = Int(row) * tags
          for tag in 0..<tags { sums[tag] &+= Int32(table[base + tag]) }
        }
        for tag in 0..<tags { result[index * tags + tag] = Float(sums[tag]) * unit }
      }
    }
    return result
  }
}

extension Comparable {
  /// The value limited to `range`.
  func clamped(to range: ClosedRange<Self>) -> Self {
    min(max(self, range.lowerBound), range.upperBound)
  }
}
