/// The tagger's output labels: `O` and `B-`/`I-` for each of PER, ORG, LOC and MISC (IOB2).
///
/// Tag `0` is `O`; tag `1 + 2k` is `B-` and `2 + 2k` is `I-` of ``types``[k].
package enum TagSet {
  /// The entity kinds the statistical model finds, in tag order.
  package static let types: [EntityKind] = [.person, .organization, .location, .misc]
  /// The number of tags.
  package static let count = 1 + 2 * types.count
  /// The tag `O`.
  static let outside = 0

  /// The tag for a CoNLL label such as `B-PER`, `I-LOC` or `O`; `nil` when unknown.
  package static func tag(label: String) -> Int? {
    if label == "O" { return outside }
    let parts = label.split(separator: "-", maxSplits: 1)
    guard parts.count == 2, let kind = EntityKind(code: String(parts[1])),
      let type = types.firstIndex(of: kind)
    else { return nil }
    switch parts[0] {
    case "B": return 1 + 2 * type
    case "I": return 2 + 2 * type
    default: return nil
    }
  }

  /// The CoNLL label of `tag`.
  static func label(_ tag: Int) -> String {
    tag == outside ? "O" : (isBegin(tag) ? "B-" : "I-") + types[type(of: tag)].code
  }

  /// Index into ``types`` of an entity tag (not `O`).
  static func type(of tag: Int) -> Int { (tag - 1) / 2 }

  /// Whether `tag` begins an entity.
  static func isBegin(_ tag: Int) -> Bool { tag != outside && (tag - 1) % 2 == 0 }

  /// Whether `next` may follow `previous` (`I-X` only after `B-X` or `I-X`); pass `nil` for the
  /// start of a sentence.
  static func allows(_ previous: Int?, _ next: Int) -> Bool {
    guard next != outside, !isBegin(next) else { return true }
    guard let previous, previous != outside else { return false }
    return type(of: previous) == type(of: next)
  }

  /// The entity spans (token ranges and kinds) of a tag sequence; an `I-` that does not continue
  /// an entity starts one, as in conlleval.
  package static func chunks(_ tags: [Int]) -> [(range: Range<Int>, type: Int)] {
    var result: [(range: Range<Int>, type: Int)] = []
    var start: Int?
    var current = -1
    for (index, tag) in tags.enumerated() {
      let continues = tag != outside && !isBegin(tag) && start != nil && type(of: tag) == current
      if continues { continue }
      if let open = start { result.append((open..<index, current)) }
      start = tag == outside ? nil : index
      current = tag == outside ? -1 : type(of: tag)
    }
    if let open = start { result.append((open..<tags.count, current)) }
    return result
  }
}
