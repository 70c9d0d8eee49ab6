/// Runs the date, money and percentage rules (see ``EntityRules``) over one paragraph's tokens,
/// reading only each token's ``RuleFlags``.
struct RuleMatcher {
  private let tokens: [Token]
  private let flags: [RuleFlags]
  private var found: [(range: Range<Int>, kind: EntityKind)] = []

  init(tokens: [Token]) {
    self.tokens = tokens
    flags = RuleFlags.of(tokens)
  }

  /// The spans, sorted and non-overlapping.
  mutating func run() -> [EntitySpan] {
    var index = 0
    while index < tokens.count {
      if isCandidate(index), let match = longestMatch(at: index) {
        append(index..<match.end, match.kind)
        index = match.end
      } else {
        index += 1
      }
    }
    return found.map { item in
      EntitySpan(
        range: TextRange(
          start: tokens[item.range.lowerBound].range.start,
          end: tokens[item.range.upperBound - 1].range.end),
        kind: item.kind)
    }
  }

  /// Adds a span, joining a date to the date just before it when only a comma (or nothing)
  /// lies between them (`Thursday, September 27`).
  private mutating func append(_ range: Range<Int>, _ kind: EntityKind) {
    if kind == .date, let last = found.last, last.kind == .date,
      last.range.upperBound == range.lowerBound
        || (last.range.upperBound + 1 == range.lowerBound && has(last.range.upperBound, .comma))
    {
      found[found.count - 1].range = last.range.lowerBound..<range.upperBound
      return
    }
    found.append((range, kind))
  }

  /// Whether any rule can start at the token; checked first, so most tokens cost nothing more.
  private func isCandidate(_ index: Int) -> Bool {
    if !flags[index].isDisjoint(with: .starters) { return true }
    return has(index, .the) && (has(index + 1, .modifier) || has(index + 1, .decade))
  }

  private func longestMatch(at index: Int) -> (end: Int, kind: EntityKind)? {
    var best: (end: Int, kind: EntityKind)?
    let candidates: [(Int?, EntityKind)] = [
      (money(at: index), .money), (percent(at: index), .percent), (date(at: index), .date),
    ]
    for (end, kind) in candidates {
      guard let end, end > (best?.end ?? index) else { continue }
      best = (end, kind)
    }
    return best
  }

  /// Whether token `index` exists and has all of `flag`.
  @inline(__always)
  private func has(_ index: Int, _ flag: RuleFlags) -> Bool {
    index >= 0 && index < flags.count && flags[index].contains(flag)
  }

  /// A number in digits or words (not `a`/`an`/`few`).
  private func isAmount(_ index: Int) -> Bool {
    has(index, .numeric) || has(index, .numberWord)
  }
}

// MARK: - Money and percentages

extension RuleMatcher {
  fileprivate func money(at index: Int) -> Int? {
    var symbol: Int?
    if has(index, .dollarPrefix), has(index, .capitalised), has(index + 1, .dollarSign),
      has(index + 1, .attached)
    {
      symbol = index + 1
    } else if has(index, .currencySymbol) {
      symbol = index
    }
    if let symbol {
      let amount = symbol + 1
      if has(amount, .amountWithMagnitude) { return amount + 1 }
      guard has(amount, .numeric) else { return nil }
      return has(amount + 1, .magnitude) ? amount + 2 : amount + 1
    }
    if has(index, .currencyCode), has(index, .allCaps), has(index + 1, .numeric) {
      return has(index + 2, .magnitude) ? index + 3 : index + 2
    }
    let withMagnitude = has(index, .amountWithMagnitude)
    guard isAmount(index) || withMagnitude else { return nil }
    var next = index + 1
    let hasMagnitude = withMagnitude || has(next, .magnitude)
    if has(next, .magnitude) { next += 1 }
    if has(next, .currencyCode), has(next, .allCaps) { return next + 1 }
    if has(next, .capitalised), has(next + 1, .dollarName) { next += 1 }
    guard has(next, .currencyName) else { return nil }
    if has(next, .ambiguousCurrency) && !hasMagnitude && !tokens[index].text.contains(",") {
      return nil
    }
    return next + 1
  }

  fileprivate func percent(at index: Int) -> Int? {
    guard isAmount(index) else { return nil }
    if has(index + 1, .percentSign) || has(index + 1, .percentWord) { return index + 2 }
    if has(index + 1, .per), has(index + 2, .cent) { return index + 3 }
    if has(index + 1, .percentage), has(index + 2, .point) { return index + 3 }
    return nil
  }
}

// MARK: - Dates

extension RuleMatcher {
  fileprivate func date(at index: Int) -> Int? {
    if has(index, .isoDate) { return index + 1 }
    if has(index, .numeric), has(index + 1, .slash), has(index + 2, .numeric),
      has(index + 3, .slash), has(index + 4, .smallInteger), has(index + 1, .attached),
      has(index + 4, .attached)
    {
      return index + 5
    }
    if has(index, .between), has(index + 1, .day), has(index + 2, .rangeJoiner),
      let end = dayFirst(at: index + 3)
    {
      return end
    }
    if let end = dayFirst(at: index) { return end }
    if let end = monthFirst(at: index) { return end }
    if let end = relative(at: index) { return end }
    if has(index, .weekday), has(index, .capitalised) {
      if isProgrammeTitle(index) { return nil }
      return has(index + 1, .dayPart) ? index + 2 : index + 1
    }
    if has(index, .relativeDay) {
      if isProgrammeTitle(index) { return nil }
      return index + 1
    }
    if let end = ago(at: index) { return end }
    if has(index, .the), has(index + 1, .decade) { return index + 2 }
    if has(index, .decade) { return index + 1 }
    if has(index, .year), has(index - 1, .yearTrigger) { return index + 1 }
    return nil
  }

  /// Whether a capitalised weekday or `Today` names a broadcast (`the Today programme`,
  /// `Radio 4's Sunday`, `told Today`) rather than a day: it is followed by `programme` or
  /// `show`, or follows a possessive, or (`Today`, `Yesterday`, `Tomorrow` only) it is
  /// capitalised right after a lower-case word. A preposition before it (`on Sunday`) makes it
  /// a date again.
  private func isProgrammeTitle(_ index: Int) -> Bool {
    guard has(index, .capitalised), !has(index, .allCaps), !has(index - 1, .dayPreposition),
      !has(index - 1, .modifier)
    else { return false }
    if has(index + 1, .programme) || has(index - 1, .possessive) { return true }
    return has(index, .relativeDay) && has(index - 1, .lowercase) && !tokens[index].startsLine
  }

  /// `25 March`, `25 March 2020`, `19 and 25 March`, `19-25 March`.
  private func dayFirst(at index: Int) -> Int? {
    guard has(index, .day) || has(index, .dayRange) else { return nil }
    var next = index + 1
    if has(next, .rangeJoiner), has(next + 1, .day) { next += 2 }
    guard has(next, .month), has(next, .capitalised) else { return nil }
    next += 1
    return has(next, .year) ? next + 1 : next
  }

  /// `September 27, 2020`, `Sept. 27`, `April 26 and 27`, `March 2020`, `March`.
  private func monthFirst(at index: Int) -> Int? {
    guard has(index, .month), has(index, .capitalised) else { return nil }
    var next = index + 1
    if has(next, .day) || has(next, .dayRange) {
      next += 1
      if has(next, .rangeJoiner), has(next + 1, .day) { next += 2 }
      if has(next, .comma), has(next + 1, .year) { return next + 2 }
      return has(next, .year) ? next + 1 : next
    }
    if has(next, .year) { return next + 1 }
    // A month on its own, but not the first name of `April Ryan` or the verb `may`.
    if has(next, .capitalised) { return nil }
    if has(index, .may) {
      return has(index - 1, .yearTrigger) || has(index - 1, .modifier) ? next : nil
    }
    return has(index, .standaloneMonth) ? next : nil
  }

  /// `last week`, `the next few days`, `this year`, `last Thursday`, `next March`.
  private func relative(at index: Int) -> Int? {
    var next = index
    if has(next, .the), has(next + 1, .modifier) { next += 1 }
    guard has(next, .modifier) else { return nil }
    next += 1
    if has(next, .capitalised), has(next, .weekday) || has(next, .month) { return next + 1 }
    if isAmount(next) || has(next, .few) { next += 1 }
    if has(next, .of) { next += 1 }
    return has(next, .period) ? next + 1 : nil
  }

  /// `two weeks ago`, `a few days ago`, `a year ago`.
  private func ago(at index: Int) -> Int? {
    var next = index
    if has(next, .article) { next += 1 }
    if has(next, .few) {
      next += 1
      if has(next, .of) { next += 1 }
    } else if next == index {
      guard isAmount(next) else { return nil }
      next += 1
    }
    guard has(next, .period), has(next + 1, .ago) else { return nil }
    return next + 2
  }
}
