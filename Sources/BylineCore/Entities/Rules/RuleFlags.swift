/// What the date, money and percentage rules know about one token, worked out once per token
/// (one hash lookup for words, a byte scan for numbers) so the rules never compare strings.
struct RuleFlags: OptionSet, Sendable {
  let rawValue: UInt64

  static let month = RuleFlags(rawValue: 1 << 0)
  /// A month name that may stand alone (`March`; not `Mar.` or the verb `may`).
  static let standaloneMonth = RuleFlags(rawValue: 1 << 1)
  static let may = RuleFlags(rawValue: 1 << 2)
  static let weekday = RuleFlags(rawValue: 1 << 3)
  static let relativeDay = RuleFlags(rawValue: 1 << 4)
  static let modifier = RuleFlags(rawValue: 1 << 5)
  static let period = RuleFlags(rawValue: 1 << 6)
  static let numberWord = RuleFlags(rawValue: 1 << 7)
  static let article = RuleFlags(rawValue: 1 << 8)
  static let few = RuleFlags(rawValue: 1 << 9)
  static let of = RuleFlags(rawValue: 1 << 10)
  static let magnitude = RuleFlags(rawValue: 1 << 11)
  static let currencyName = RuleFlags(rawValue: 1 << 12)
  static let ambiguousCurrency = RuleFlags(rawValue: 1 << 13)
  static let dollarName = RuleFlags(rawValue: 1 << 14)
  static let currencyCode = RuleFlags(rawValue: 1 << 15)
  static let currencySymbol = RuleFlags(rawValue: 1 << 16)
  static let dollarPrefix = RuleFlags(rawValue: 1 << 17)
  static let dollarSign = RuleFlags(rawValue: 1 << 18)
  static let percentSign = RuleFlags(rawValue: 1 << 19)
  static let percentWord = RuleFlags(rawValue: 1 << 20)
  static let percentage = RuleFlags(rawValue: 1 << 21)
  static let point = RuleFlags(rawValue: 1 << 22)
  static let per = RuleFlags(rawValue: 1 << 23)
  static let cent = RuleFlags(rawValue: 1 << 24)
  static let ago = RuleFlags(rawValue: 1 << 25)
  /// `and`, `to` or `-` between two days.
  static let rangeJoiner = RuleFlags(rawValue: 1 << 26)
  static let comma = RuleFlags(rawValue: 1 << 27)
  static let slash = RuleFlags(rawValue: 1 << 28)
  static let between = RuleFlags(rawValue: 1 << 29)
  static let the = RuleFlags(rawValue: 1 << 30)
  static let yearTrigger = RuleFlags(rawValue: 1 << 31)
  static let dayPart = RuleFlags(rawValue: 1 << 32)
  // Shapes of numbers.
  static let numeric = RuleFlags(rawValue: 1 << 40)
  static let day = RuleFlags(rawValue: 1 << 41)
  static let dayRange = RuleFlags(rawValue: 1 << 42)
  static let year = RuleFlags(rawValue: 1 << 43)
  static let smallInteger = RuleFlags(rawValue: 1 << 44)
  static let decade = RuleFlags(rawValue: 1 << 45)
  static let amountWithMagnitude = RuleFlags(rawValue: 1 << 46)
  static let isoDate = RuleFlags(rawValue: 1 << 47)
  // Facts about the token in its text.
  static let capitalised = RuleFlags(rawValue: 1 << 50)
  static let allCaps = RuleFlags(rawValue: 1 << 51)
  /// Touches the token before it (no space between).
  static let attached = RuleFlags(rawValue: 1 << 52)

  /// Flags that let a rule start at a token.
  static let starters: RuleFlags = [
    .month, .weekday, .relativeDay, .modifier, .numberWord, .article, .few, .currencyCode,
    .currencySymbol, .dollarPrefix, .between, .numeric, .day, .dayRange, .year, .decade,
    .amountWithMagnitude, .isoDate, .smallInteger,
  ]

  /// The flags of every token of a paragraph.
  static func of(_ tokens: [Token]) -> [RuleFlags] {
    var result: [RuleFlags] = []
    result.reserveCapacity(tokens.count)
    var previousEnd = -1
    for token in tokens {
      var flags = RuleFlags()
      var hash = FeatureHash.empty
      var uppers = 0
      var lowers = 0
      for byte in token.text.utf8 {
        let isUpper = byte >= 0x41 && byte <= 0x5A
        if isUpper { uppers += 1 } else if byte >= 0x61 && byte <= 0x7A { lowers += 1 }
        hash = FeatureHash.adding(isUpper ? byte | 0x20 : byte, to: hash)
      }
      if let first = token.text.utf8.first {
        if first >= 0x30 && first <= 0x39 {
          flags.formUnion(numberShape(token.text))
        } else if let known = RuleWords.flags[hash] {
          flags.formUnion(RuleFlags(rawValue: known))
        } else if token.text.utf8.last == UInt8(ascii: "s"),
          let dash = token.text.lastIndex(of: "-")
        {
          // `mid-1990s`, `late-1980s`
          flags.formUnion(
            numberShape(String(token.text[token.text.index(after: dash)...])).intersection(.decade))
        }
        if first >= 0x41 && first <= 0x5A { flags.insert(.capitalised) }
        if uppers > 0 && lowers == 0 { flags.insert(.allCaps) }
      }
      if token.range.start == previousEnd { flags.insert(.attached) }
      previousEnd = token.range.end
      result.append(flags)
    }
    return result
  }

  /// The number shapes of a token that starts with a digit.
  private static func numberShape(_ text: String) -> RuleFlags {
    let bytes = Array(text.utf8)
    func digit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    var flags = RuleFlags()
    let digits = bytes.prefix(while: digit)
    let value = digits.count <= 4 ? digits.reduce(0) { $0 * 10 + Int($1 - 0x30) } : -1
    if bytes.allSatisfy({ digit($0) || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") }) {
      flags.insert(.numeric)
    }
    if digits.count == bytes.count, digits.count <= 4 { flags.insert(.smallInteger) }
    if digits.count == 4, bytes.count == 4, (1000...2999).contains(value) { flags.insert(.year) }
    let rest = String(decoding: bytes[digits.count...], as: UTF8.self)
    if (1...2).contains(digits.count), (1...31).contains(value),
      rest.isEmpty || ["st", "nd", "rd", "th"].contains(rest)
    {
      flags.insert(.day)
    }
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    if parts.count == 2,
      parts.allSatisfy({
        ($0.utf8.count == 1 || $0.utf8.count == 2) && $0.utf8.allSatisfy(digit)
          && (1...31).contains(Int($0) ?? 0)
      })
    {
      flags.insert(.dayRange)
    }
    if bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
      bytes.enumerated().allSatisfy({ $0.offset == 4 || $0.offset == 7 || digit($0.element) })
    {
      flags.insert(.isoDate)
    }
    if bytes.count == 5, bytes[4] == UInt8(ascii: "s"), bytes[3] == UInt8(ascii: "0"),
      bytes[0..<4].allSatisfy(digit)
    {
      flags.insert(.decade)
    }
    let suffix = String(
      decoding: bytes.drop { digit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") },
      as: UTF8.self
    ).lowercased()
    if !suffix.isEmpty, RuleWords.magnitudes.contains(suffix) { flags.insert(.amountWithMagnitude) }
    return flags
  }
}
