/// Finds the best tag sequence for a sentence given per-token tag scores and tag-to-tag
/// transition scores, never producing an `I-X` that does not continue an `X`.
package struct ViterbiDecoder: Sendable {
  /// Score of each tag at the start of a sentence.
  let start: [Float]
  /// Score of tag `to` after tag `from`, at `from * TagSet.count + to`.
  let transitions: [Float]
  /// ``transitions`` with forbidden transitions (``TagSet/allows(_:_:)``) at a huge negative
  /// score, so decoding needs no branches.
  private let masked: [Float]

  /// A decoder with these start and transition scores.
  package init(start: [Float], transitions: [Float]) {
    self.start = start
    self.transitions = transitions
    masked = transitions.indices.map {
      Self.allowed[$0] ? transitions[$0] : -Float.greatestFiniteMagnitude / 4
    }
  }

  /// The best tags for `count` tokens whose emission scores are `emissions[i * T + tag]`.
  package func decode(emissions: [Float], count: Int) -> [Int] {
    let tags = TagSet.count
    guard count > 0 else { return [] }
    var score = [Float](repeating: 0, count: tags)
    var next = [Float](repeating: 0, count: tags)
    var back = [UInt8](repeating: 0, count: count * tags)
    for tag in 0..<tags {
      score[tag] =
        TagSet.allows(nil, tag) ? start[tag] + emissions[tag] : -Float.greatestFiniteMagnitude
    }
    do {
      masked.withUnsafeBufferPointer { transitions in
        emissions.withUnsafeBufferPointer { emissions in
          back.withUnsafeMutableBufferPointer { back in
            for index in 1..<max(count, 1) {
              let base = index * tags
              for tag in 0..<tags {
                var best = -Float.infinity
                var bestFrom = 0
                for from in 0..<tags {
                  let candidate = score[from] + transitions[from * tags + tag]
                  if candidate > best {
                    best = candidate
                    bestFrom = from
                  }
                }
                next[tag] = best + emissions[base + tag]
                back[base + tag] = UInt8(bestFrom)
              }
              swap(&score, &next)
            }
          }
        }
      }
    }
    var tag = 0
    for candidate in 1..<tags where score[candidate] > score[tag] { tag = candidate }
    var result = [Int](repeating: 0, count: count)
    var index = count - 1
    while true {
      result[index] = tag
      if index == 0 { break }
      tag = Int(back[index * tags + tag])
      index -= 1
    }
    return result
  }

  /// Which transitions are allowed, at `from * T + to`.
  private static let allowed: [Bool] = (0..<(TagSet.count * TagSet.count)).map {
    TagSet.allows($0 / TagSet.count, $0 % TagSet.count)
  }
}
