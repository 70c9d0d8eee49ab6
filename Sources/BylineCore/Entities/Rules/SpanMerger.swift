/// Puts rule spans (dates, money, percentages) and model spans together: rule spans win, model
/// spans that overlap one are dropped, and the result is sorted and non-overlapping.
enum SpanMerger {
  /// The merged spans.
  static func merge(rules: [EntitySpan], model: [EntitySpan]) -> [EntitySpan] {
    var kept: [EntitySpan] = []
    for span in rules.sorted(by: { $0.range < $1.range })
    where !span.range.isEmpty && !(kept.last.map { $0.range.overlaps(span.range) } ?? false) {
      kept.append(span)
    }
    var result: [EntitySpan] = []
    result.reserveCapacity(kept.count + model.count)
    var ruleIndex = 0
    for span in model.sorted(by: { $0.range < $1.range }) where !span.range.isEmpty {
      while ruleIndex < kept.count, kept[ruleIndex].range.end <= span.range.start {
        result.append(kept[ruleIndex])
        ruleIndex += 1
      }
      if ruleIndex < kept.count, kept[ruleIndex].range.overlaps(span.range) { continue }
      if let last = result.last, last.range.overlaps(span.range) { continue }
      result.append(span)
    }
    result.append(contentsOf: kept[ruleIndex...])
    return result
  }
}
