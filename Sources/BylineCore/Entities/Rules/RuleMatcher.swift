/// Runs the date, money and percentage rules (see ``EntityRules``) over one paragraph's tokens.
struct RuleMatcher {
  private let tokens: [Token]
  private var found: [(range: Range<Int>, kind: EntityKind)] = []

  init(tokens: [Token]) {
    self.tokens = tokens
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
        || (last.range.upperBound + 1 == range.lowerBound && word(last.range.upperBound) == ",")
    {
      found[found.count - 1].range = last.range.lowerBound..<range.upperBound
      return
    }
    found.append((range, kind))
  }

  /// Whether any rule can start at the token: it starts with a digit or is a word some rule
  /// starts with. Checked first, so ordinary words cost one lookup.
  private func isCandidate(_ index: Int) -> Bool {
    let text = tokens[index].text.utf8
    guard let first = text.first else { return false }
    if Self.isDigit(first) || RuleWords.starters[Self.lowerHash(text)] != nil { return true }
    if index + 1 < tokens.count, Self.lowerHash(text) == Self.theHash {  // `the last weeks`
      let next = tokens[index + 1].text.utf8
      return RuleWords.starters[Self.lowerHash(next)] != nil
        || next.first.map(Self.isDigit) ?? false
    }
    return text.last == UInt8(ascii: "s") && isDecade(word(index))
  }

  private static let theHash = FeatureHash.of("the".utf8)

  /// FNV-1a of the UTF-8 with ASCII letters lower-cased.
  private static func lowerHash(_ text: String.UTF8View) -> UInt64 {
    var hash = FeatureHash.empty
    for byte in text {
      hash = FeatureHash.adding(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte, to: hash)
    }
    return hash
  }

  private func longestMatch(at index: Int) -> (end: Int, kind: EntityKind)? {
    var best: (end: Int, kind: EntityKind)?
    for (end, kind) in [
      (money(at: index), EntityKind.money), (percent(at: index), .percent),
      (date(at: index), .date),
    ] {
      guard let end, end > (best?.end ?? index) else { continue }
      best = (end, kind)
    }
    return best
  }

  // MARK: Token tests

  /// The token's text in lower case, or "" past either end.
  private func word(_ index: Int) -> String {
    guard index >= 0 && index < tokens.count else { return "" }
    let text = tokens[index].text
    return text.utf8.contains { $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x80 } ? text.lowercased() : text
  }

  private func isCapitalised(_ index: Int) -> Bool {
    index < tokens.count
      && (tokens[index].text.unicodeScalars.first?.properties.isUppercase ?? false)
  }

  /// The token directly touches the one before it (no space).
  private func isAttached(_ index: Int) -> Bool {
    index > 0 && index < tokens.count && tokens[index].range.start == tokens[index - 1].range.end
  }

  /// Digits, possibly with `,` `.` separators: `4,500.25`.
  private func isNumeric(_ index: Int) -> Bool {
    let text = word(index).utf8
    guard let first = text.first, Self.isDigit(first) else { return false }
    return text.allSatisfy {
      Self.isDigit($0) || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".")
    }
  }

  /// A number in digits or words (not `a`/`an`).
  private func isAmount(_ index: Int) -> Bool {
    isNumeric(index)
      || (RuleWords.numbers.contains(word(index)) && word(index) != "a"
        && word(index) != "an" && word(index) != "few")
  }

  private func isMagnitude(_ index: Int) -> Bool {
    RuleWords.magnitudes.contains(word(index))
  }

  /// Digits followed by a short magnitude: `12m`, `4.5bn`.
  private func isAmountWithMagnitude(_ index: Int) -> Bool {
    let text = word(index)
    guard let first = text.utf8.first, Self.isDigit(first) else { return false }
    let suffix = String(text.drop { $0.isNumber || $0 == "." || $0 == "," })
    return RuleWords.magnitudes.contains(suffix)
  }

  private func integer(_ index: Int) -> Int? {
    let text = word(index)
    guard !text.isEmpty, text.utf8.count <= 4, text.utf8.allSatisfy(Self.isDigit) else {
      return nil
    }
    return Int(text)
  }

  /// A day of the month: `27`, `27th`, `1st`.
  private func isDay(_ index: Int) -> Bool {
    let bytes = word(index).utf8
    var day = 0
    var digits = 0
    var rest: [UInt8] = []
    for byte in bytes {
      if rest.isEmpty, Self.isDigit(byte), digits < 3 {
        day = day * 10 + Int(byte - 0x30)
        digits += 1
      } else {
        rest.append(byte)
        if rest.count > 2 { return false }
      }
    }
    guard (1...2).contains(digits), (1...31).contains(day) else { return false }
    return rest.isEmpty || ["st", "nd", "rd", "th"].contains(String(decoding: rest, as: UTF8.self))
  }

  /// A range of days written as one token: `26-27`.
  private func isDayRange(_ index: Int) -> Bool {
    let bytes = Array(word(index).utf8)
    guard (3...5).contains(bytes.count), let dash = bytes.firstIndex(of: UInt8(ascii: "-")) else {
      return false
    }
    func day(_ part: ArraySlice<UInt8>) -> Bool {
      guard (1...2).contains(part.count), part.allSatisfy(Self.isDigit) else { return false }
      let value = part.reduce(0) { $0 * 10 + Int($1 - 0x30) }
      return (1...31).contains(value)
    }
    return day(bytes[..<dash]) && day(bytes[(dash + 1)...])
  }

  private func isYear(_ index: Int) -> Bool {
    guard word(index).utf8.count == 4, let year = integer(index) else { return false }
    return (1000...2999).contains(year)
  }

  /// A capitalised month name or abbreviation.
  private func month(_ index: Int) -> Int? {
    isCapitalised(index) ? RuleWords.months[word(index)] : nil
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= 0x30 && byte <= 0x39
  }
}

// MARK: - Money and percentages

extension RuleMatcher {
  fileprivate func money(at index: Int) -> Int? {
    var symbol: Int?
    if RuleWords.dollarPrefixes.contains(word(index)), word(index + 1) == "$",
      isAttached(index + 1), isCapitalised(index)
    {
      symbol = index + 1
    } else if RuleWords.currencySymbols.contains(word(index)) {
      symbol = index
    }
    if let symbol {
      let amount = symbol + 1
      if isAmountWithMagnitude(amount) { return amount + 1 }
      guard isNumeric(amount) else { return nil }
      return isMagnitude(amount + 1) ? amount + 2 : amount + 1
    }
    if RuleWords.currencyCodes.contains(word(index)),
      tokens[index].text == word(index).uppercased(),
      isNumeric(index + 1)
    {
      return isMagnitude(index + 2) ? index + 3 : index + 2
    }
    guard isAmount(index) || isAmountWithMagnitude(index) else { return nil }
    var next = index + 1
    let hasMagnitude = isAmountWithMagnitude(index) || isMagnitude(next)
    if isMagnitude(next) { next += 1 }
    if RuleWords.currencyCodes.contains(word(next)), isCapitalised(next) { return next + 1 }
    if isCapitalised(next), word(next + 1).hasPrefix("dollar") { next += 1 }
    guard RuleWords.currencyNames.contains(word(next)) else { return nil }
    if RuleWords.ambiguousCurrencies.contains(word(next)) && !hasMagnitude
      && !word(index).contains(",")
    {
      return nil
    }
    if !isNumeric(index) && !hasMagnitude && !isAmount(index) { return nil }
    return next + 1
  }

  fileprivate func percent(at index: Int) -> Int? {
    guard isAmount(index) else { return nil }
    let next = word(index + 1)
    if next == "%" { return index + 2 }
    if next == "per", word(index + 2) == "cent" { return index + 3 }
    if next == "percentage" {
      return word(index + 2).hasPrefix("point") ? index + 3 : nil
    }
    return RuleWords.percentWords.contains(next) ? index + 2 : nil
  }
}

// MARK: - Dates

extension RuleMatcher {
  fileprivate func date(at index: Int) -> Int? {
    let text = word(index)
    if isISODate(text) { return index + 1 }
    if isNumeric(index), word(index + 1) == "/", isNumeric(index + 2), word(index + 3) == "/",
      isYear(index + 4) || integer(index + 4) != nil, isAttached(index + 1),
      isAttached(index + 4)
    {
      return index + 5
    }
    if text == "between", isDay(index + 1), word(index + 2) == "and" || word(index + 2) == "to",
      let end = dayFirst(at: index + 3)
    {
      return end
    }
    if let end = dayFirst(at: index) { return end }
    if let end = monthFirst(at: index) { return end }
    if let end = relative(at: index) { return end }
    if RuleWords.weekdays.contains(text), isCapitalised(index) {
      let part = word(index + 1)
      return ["morning", "afternoon", "evening", "night"].contains(part) ? index + 2 : index + 1
    }
    if RuleWords.relativeDays.contains(text) { return index + 1 }
    if let end = ago(at: index) { return end }
    if text == "the", isDecade(word(index + 1)) { return index + 2 }
    if isDecade(text) { return index + 1 }
    if isYear(index), RuleWords.yearTriggers.contains(word(index - 1)) { return index + 1 }
    return nil
  }

  /// `25 March`, `25 March 2020`, `19 and 25 March`, `19-25 March`.
  private func dayFirst(at index: Int) -> Int? {
    guard isDay(index) || isDayRange(index) else { return nil }
    var next = index + 1
    if ["and", "to", "-"].contains(word(next)), isDay(next + 1) { next += 2 }
    guard month(next) != nil else { return nil }
    next += 1
    return isYear(next) ? next + 1 : next
  }

  /// `September 27, 2020`, `Sept. 27`, `April 26 and 27`, `March 2020`, `March`.
  private func monthFirst(at index: Int) -> Int? {
    guard month(index) != nil else { return nil }
    var next = index + 1
    if isDay(next) || isDayRange(next) {
      next += 1
      if ["and", "to", "-"].contains(word(next)), isDay(next + 1) { next += 2 }
      if word(next) == ",", isYear(next + 1) { return next + 2 }
      return isYear(next) ? next + 1 : next
    }
    if isYear(next) { return next + 1 }
    let name = word(index)
    guard name.count > 4 || name == "june" || name == "july" || name == "may" else { return nil }
    if name == "may" {
      let before = word(index - 1)
      guard RuleWords.yearTriggers.contains(before) || RuleWords.relativeModifiers.contains(before)
      else { return nil }
    }
    return next
  }

  /// `last week`, `the next few days`, `this year`, `last Thursday`, `next March`.
  private func relative(at index: Int) -> Int? {
    var next = index
    if word(next) == "the", RuleWords.relativeModifiers.contains(word(next + 1)) { next += 1 }
    guard RuleWords.relativeModifiers.contains(word(next)) else { return nil }
    next += 1
    if isCapitalised(next),
      RuleWords.weekdays.contains(word(next)) || RuleWords.months[word(next)] != nil
    {
      return next + 1
    }
    if isAmount(next) || word(next) == "few" || word(next) == "couple" { next += 1 }
    if word(next) == "of" { next += 1 }
    return RuleWords.periods.contains(word(next)) ? next + 1 : nil
  }

  /// `two weeks ago`, `a few days ago`, `a year ago`.
  private func ago(at index: Int) -> Int? {
    var next = index
    if word(next) == "a" || word(next) == "an" { next += 1 }
    if word(next) == "few" || word(next) == "couple" {
      next += 1
      if word(next) == "of" { next += 1 }
    } else if next == index {
      guard isAmount(next) else { return nil }
      next += 1
    }
    guard RuleWords.periods.contains(word(next)), word(next + 1) == "ago" else { return nil }
    return next + 2
  }

  private func isISODate(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
      return false
    }
    return bytes.enumerated().allSatisfy {
      $0.offset == 4 || $0.offset == 7 || Self.digit($0.element)
    }
  }

  /// `1990s`, `mid-1990s`, `late-1980s`.
  private func isDecade(_ text: String) -> Bool {
    let bytes = text.utf8
    guard bytes.count >= 5, bytes.count <= 10, bytes.last == UInt8(ascii: "s") else {
      return false
    }
    let tail = Array(bytes.suffix(5))
    guard tail[3] == UInt8(ascii: "0"), tail[0..<4].allSatisfy(Self.digit) else { return false }
    return bytes.count == 5 || bytes.dropLast(5).last == UInt8(ascii: "-")
  }

  private static func digit(_ byte: UInt8) -> Bool {
    byte >= 0x30 && byte <= 0x39
  }
}
