import BylineCore

/// Entity-level precision, recall and F1 the conlleval way: an entity counts only when its span
/// and type both match exactly; micro-averaged over PER, ORG, LOC and MISC, with a row per type.
public struct EntityScore: Sendable {
  /// Counts for one entity type (or for all of them).
  public struct Counts: Sendable {
    /// Entities found with the right span and type.
    public var correct = 0
    /// Entities the tagger found.
    public var predicted = 0
    /// Entities in the gold data.
    public var gold = 0

    /// Correct / predicted, in percent.
    public var precision: Double { predicted == 0 ? 0 : 100 * Double(correct) / Double(predicted) }
    /// Correct / gold, in percent.
    public var recall: Double { gold == 0 ? 0 : 100 * Double(correct) / Double(gold) }
    /// The harmonic mean of precision and recall, in percent.
    public var f1: Double {
      precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }
  }

  /// Counts per type code (`PER`, `ORG`, `LOC`, `MISC`).
  public private(set) var byType: [String: Counts] = [:]
  /// Counts over all types.
  public private(set) var overall = Counts()

  /// An empty score.
  public init() {}

  /// Adds the counts of `other` (scores of several folds added up).
  public mutating func add(_ other: EntityScore) {
    for (code, counts) in other.byType {
      var mine = byType[code, default: Counts()]
      mine.correct += counts.correct
      mine.predicted += counts.predicted
      mine.gold += counts.gold
      byType[code] = mine
    }
    overall.correct += other.overall.correct
    overall.predicted += other.overall.predicted
    overall.gold += other.overall.gold
  }

  /// F1 of one type code (`ORG`), 0 when it never occurs.
  public func f1(of code: String) -> Double { byType[code]?.f1 ?? 0 }

  /// Adds one sentence's gold and predicted tags.
  mutating func add(gold: [Int], predicted: [Int]) {
    let goldChunks = TagSet.chunks(gold)
    let predictedChunks = TagSet.chunks(predicted)
    let goldSet = Set(
      goldChunks.map {
        ChunkKey(start: $0.range.lowerBound, end: $0.range.upperBound, type: $0.type)
      })
    for chunk in goldChunks { bump(chunk.type) { $0.gold += 1 } }
    for chunk in predictedChunks {
      bump(chunk.type) { $0.predicted += 1 }
      let key = ChunkKey(
        start: chunk.range.lowerBound, end: chunk.range.upperBound, type: chunk.type)
      if goldSet.contains(key) { bump(chunk.type) { $0.correct += 1 } }
    }
  }

  /// Adds one paragraph's gold and predicted spans (kinds other than PER, ORG, LOC and MISC
  /// are ignored).
  public mutating func add(gold: [EntitySpan], predicted: [EntitySpan]) {
    func keys(_ spans: [EntitySpan]) -> [ChunkKey] {
      spans.compactMap { span in
        TagSet.types.firstIndex(of: span.kind).map {
          ChunkKey(start: span.range.start, end: span.range.end, type: $0)
        }
      }
    }
    let goldKeys = keys(gold)
    let goldSet = Set(goldKeys)
    for key in goldKeys { bump(key.type) { $0.gold += 1 } }
    for key in keys(predicted) {
      bump(key.type) { $0.predicted += 1 }
      if goldSet.contains(key) { bump(key.type) { $0.correct += 1 } }
    }
  }

  private mutating func bump(_ type: Int, _ change: (inout Counts) -> Void) {
    change(&byType[TagSet.types[type].code, default: Counts()])
    change(&overall)
  }

  /// A conlleval-style table.
  public var table: String {
    func row(_ name: String, _ counts: Counts) -> String {
      let cells = [counts.precision, counts.recall, counts.f1].map { formatted($0) }
      return name.padding(toLength: 8, withPad: " ", startingAt: 0)
        + cells.map { $0.leftPadded(8) }.joined()
        + "\(counts.gold)".leftPadded(8) + "\(counts.predicted)".leftPadded(8)
    }
    var lines = ["type       prec     rec      F1    gold    pred"]
    lines.append(row("ALL", overall))
    for kind in TagSet.types { lines.append(row(kind.code, byType[kind.code] ?? Counts())) }
    return lines.joined(separator: "\n")
  }

  private func formatted(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let fraction = hundredths % 100
    return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
  }
}

/// One entity, for matching gold against predicted.
private struct ChunkKey: Hashable {
  var start: Int
  var end: Int
  var type: Int
}

extension String {
  /// The string right-aligned in `width` columns.
  fileprivate func leftPadded(_ width: Int) -> String {
    String(repeating: " ", count: max(0, width - count)) + self
  }
}
