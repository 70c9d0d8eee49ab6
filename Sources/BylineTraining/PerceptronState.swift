import BylineCore

/// The weights of an averaged perceptron while it learns, with the running sums that make the
/// average cheap (each update at step c also adds c × change to a second table; the average is
/// weights − sums / c).
struct PerceptronState {
  private var weights: [Float]
  private var sums: [Double]
  private var start: [Float]
  private var startSums: [Double]
  private var transitions: [Float]
  private var transitionSums: [Double]
  private var step: Double = 1

  init(bucketBits: Int) {
    let size = (1 << bucketBits) * TagSet.count
    weights = [Float](repeating: 0, count: size)
    sums = [Double](repeating: 0, count: size)
    start = [Float](repeating: 0, count: TagSet.count)
    startSums = [Double](repeating: 0, count: TagSet.count)
    transitions = [Float](repeating: 0, count: TagSet.count * TagSet.count)
    transitionSums = [Double](repeating: 0, count: TagSet.count * TagSet.count)
  }

  /// The best tags under the current (not averaged) weights.
  func decode(_ features: FeatureRows) -> [Int] {
    let tags = TagSet.count
    var emissions = [Float](repeating: 0, count: features.count * tags)
    weights.withUnsafeBufferPointer { table in
      for index in 0..<features.count {
        for row in features.rows(of: index) {
          let base = Int(row) * tags
          for tag in 0..<tags { emissions[index * tags + tag] += table[base + tag] }
        }
      }
    }
    return ViterbiDecoder(start: start, transitions: transitions)
      .decode(emissions: emissions, count: features.count)
  }

  /// Moves the weights towards `gold` and away from `predicted`.
  mutating func update(_ features: FeatureRows, gold: [Int], predicted: [Int]) {
    let tags = TagSet.count
    let step = self.step
    for index in 0..<features.count where gold[index] != predicted[index] {
      for row in features.rows(of: index) {
        let base = Int(row) * tags
        weights[base + gold[index]] += 1
        sums[base + gold[index]] += step
        weights[base + predicted[index]] -= 1
        sums[base + predicted[index]] -= step
      }
    }
    for index in gold.indices {
      if index == 0 {
        start[gold[0]] += 1
        startSums[gold[0]] += step
        start[predicted[0]] -= 1
        startSums[predicted[0]] -= step
      } else {
        let goldPair = gold[index - 1] * tags + gold[index]
        let predictedPair = predicted[index - 1] * tags + predicted[index]
        transitions[goldPair] += 1
        transitionSums[goldPair] += step
        transitions[predictedPair] -= 1
        transitionSums[predictedPair] -= step
      }
    }
  }

  /// Counts one training instance.
  mutating func tick() {
    step += 1
  }

  /// The averaged weights.
  func averaged() -> (weights: [Float], start: [Float], transitions: [Float]) {
    func average(_ values: [Float], _ sums: [Double]) -> [Float] {
      zip(values, sums).map { Float(Double($0) - $1 / step) }
    }
    return (average(weights, sums), average(start, startSums), average(transitions, transitionSums))
  }
}
