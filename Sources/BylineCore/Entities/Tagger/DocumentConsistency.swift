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
    // Name key → four 16-bit vote counts, one per type (no allocation per name).
    var votes = HashedMap<UInt64>(capacity: 64)
    for (sentence, sentenceTags) in tags.enumerated() {
      for chunk in TagSet.chunks(sentenceTags) {
        var key: UInt64 = 0x636f_6e73
        for index in chunk.range { key = FeatureHash.mix(key, words[sentence][index].lower) }
        chunks.append((sentence, chunk.range, chunk.type, key))
        let counts = votes[key] ?? 0
        if (counts >> (16 * UInt64(chunk.type))) & 0xFFFF < 0xFFFF {
          votes.set(counts &+ (1 << (16 * UInt64(chunk.type))), for: key)
        }
      }
    }
    guard chunks.count > minimumVotes else { return }
    for chunk in chunks {
      guard let packed = votes[chunk.key] else { continue }
      func count(_ type: Int) -> Int { Int((packed >> (16 * UInt64(type))) & 0xFFFF) }
      var best = chunk.type
      for type in TagSet.types.indices where count(type) > count(best) { best = type }
      guard best != chunk.type, count(best) >= minimumVotes,
        count(best) > 2 * count(chunk.type)
      else { continue }
      for index in chunk.range {
        tags[chunk.sentence][index] = index == chunk.range.lowerBound ? 1 + 2 * best : 2 + 2 * best
      }
    }
  }
}
