/// Puts rule spans (dates, money, percentages) and model spans (names) together, sorted and
/// non-overlapping.
///
/// Precedence: a rule span wins over every model span it overlaps (a MISC `Thursday` becomes a
/// DATE; `US$5` is MONEY, not LOC `US` plus MONEY), except that a model span strictly containing
/// every rule span it overlaps wins over them (`Sunday Times` is an ORG, not a DATE `Sunday`;
/// `April Ryan` is a PER).
enum SpanMerger {
  /// The merged spans.
  static func merge(rules: [EntitySpan], model: [EntitySpan]) -> [EntitySpan] {
    let rules = nonOverlapping(rules)
    let model = nonOverlapping(model)
    var ruleKept = [Bool](repeating: true, count: rules.count)
    var modelKept: [EntitySpan] = []
    var first = 0  // first rule that may overlap the current model span
    for span in model {
      while first < rules.count, rules[first].range.end <= span.range.start { first += 1 }
      var overlapping: [Int] = []
      var index = first
      while index < rules.count, rules[index].range.start < span.range.end {
        overlapping.append(index)
        index += 1
      }
      let dominates = overlapping.allSatisfy { index in
        let rule = rules[index].range
        return span.range.start <= rule.start && rule.end <= span.range.end
          && span.range.length > rule.length
      }
      if dominates {
        for index in overlapping { ruleKept[index] = false }
        modelKept.append(span)
      }
    }
    let keptRules = rules.indices.filter { ruleKept[$0] }.map { rules[$0] }
    return (keptRules + modelKept).sorted { $0.range < $1.range }
  }

  /// The spans sorted, without empty spans and without any that overlaps one before it.
  private static func nonOverlapping(_ spans: [EntitySpan]) -> [EntitySpan] {
    var kept: [EntitySpan] = []
    for span in spans.sorted(by: { $0.range < $1.range })
    where !span.range.isEmpty && !(kept.last.map { $0.range.overlaps(span.range) } ?? false) {
      kept.append(span)
    }
    return kept
  }
}
