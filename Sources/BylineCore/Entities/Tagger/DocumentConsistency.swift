/// Makes one document's names agree on their kind: a name the tagger called ORG at least twice,
/// and more than twice as often as anything else, is an ORG every time it appears in the
/// document with the same words (a club tagged ORG three times is not PER the fourth time).
///
/// Runs once per document after tagging, over the names found only, so it costs little.
enum DocumentConsistency {
  /// The least number of mentions of the winning kind.
  static let minimumVotes = 2

  /// Relabels, in `tags`, every name whose words were given another kind clearly more often in
  /// the document. `words` holds each sentence's word analyses.
  static func relabel(_ tags: inout [[Int]], words: [[WordInfo]]) {
    var chunks: [(sentence: Int, range: Range<Int>, type: Int, key: UInt64)] = []
    var votes: [UInt64: [Int]] = [:]
    for (sentence, sentenceTags) in tags.enumerated() {
      for chunk in TagSet.chunks(sentenceTags) {
        var key: UInt64 = 0x636f_6e73
        for index in chunk.range { key = FeatureHash.mix(key, words[sentence][index].lower) }
        chunks.append((sentence, chunk.range, chunk.type, key))
        votes[key, default: [Int](repeating: 0, count: TagSet.types.count)][chunk.type] += 1
      }
    }
    for chunk in chunks {
      guard let counts = votes[chunk.key] else { continue }
      var best = chunk.type
      for type in counts.indices where counts[type] > counts[best] { best = type }
      guard best != chunk.type, counts[best] >= minimumVotes,
        counts[best] > 2 * counts[chunk.type]
      else { continue }
      for index in chunk.range {
        tags[chunk.sentence][index] = index == chunk.range.lowerBound ? 1 + 2 * best : 2 + 2 * best
      }
    }
  }
}
