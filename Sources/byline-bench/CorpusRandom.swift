import Foundation

/// A small seeded generator (SplitMix64): the same seed gives the same corpus on every machine.
struct CorpusRandom: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// An index in `0..<count` drawn from a Zipf-like distribution (small indexes are common).
  mutating func zipfIndex(_ count: Int) -> Int {
    guard count > 1 else { return 0 }
    let u = Double.random(in: 0..<1, using: &self)
    return min(count - 1, Int(pow(Double(count), u)) - 1)
  }
}
