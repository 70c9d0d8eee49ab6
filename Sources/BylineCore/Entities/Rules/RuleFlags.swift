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
  /// `programme`, `program`, `show`: after a weekday, the title of a broadcast.
  static let programme = RuleFlags(rawValue: 1 << 33)
  /// The possessive `'s`.
  static let possessive = RuleFlags(rawValue: 1 << 34)
  /// `on`, `by`, `until`, `since`, `from`, `every`: before a weekday, a date.
  static let dayPreposition = RuleFlags(rawValue: 1 << 35)
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
  /// Starts with a lower-case ASCII letter.
  static let lowercase = RuleFlags(rawValue: 1 << 53)

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
        if first >= 0x61 && first <= 0x7A { flags.insert(.lowercase) }
        if uppers > 0 && lowers == 0 { flags.insert(.allCaps) }
      }
      if token.range.start == previousEnd { flags.insert(.attached) }
      previousEnd = token.range.end
      result.append(flags)
    }
    return result
  }

  /// The number shapes of a token that starts with a digit (one pass over its bytes, no
  /// allocation for ordinary numbers).
  private static func numberShape(_ text: String) -> RuleFlags {
    let bytes = text.utf8
    func digit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    var flags = RuleFlags()
    var leading = 0  // digits before anything else
    var value = 0
    var onlyNumeric = true  // digits, `,` and `.`
    var dashes = 0
    var dashAt = -1
    var length = 0
    var suffixStart = -1  // first byte that is not a digit, `,` or `.`
    for byte in bytes {
      if digit(byte) {
        if leading == length {
          leading += 1
          if leading <= 4 { value = value * 10 + Int(byte - 0x30) }
        }
      } else if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") {
        // still numeric
      } else {
        onlyNumeric = false
        if suffixStart < 0 { suffixStart = length }
        if byte == UInt8(ascii: "-") {
          dashes += 1
          dashAt = length
        }
      }
      length += 1
    }
    if onlyNumeric { flags.insert(.numeric) }
    if leading == length, length <= 4 { flags.insert(.smallInteger) }
    if leading == 4, length == 4, (1000...2999).contains(value) { flags.insert(.year) }
    if (1...2).contains(leading), (1...31).contains(value) {
      if leading == length {
        flags.insert(.day)
      } else if length == leading + 2,
        ["st", "nd", "rd", "th"].contains(text.lowercased().dropFirst(leading))
      {
        flags.insert(.day)
      }
    }
    if dashes == 1, dashAt == leading, (1...2).contains(leading), (1...31).contains(value),
      (2...3).contains(length - leading), let second = Int(text.dropFirst(leading + 1)),
      (1...31).contains(second)
    {
      flags.insert(.dayRange)
    }
    if length == 10, dashes == 2, leading == 4 {
      let parts = text.split(separator: "-")
      if parts.count == 3, parts[1].utf8.count == 2, parts[2].utf8.count == 2,
        parts.allSatisfy({ $0.utf8.allSatisfy(digit) })
      {
        flags.insert(.isoDate)
      }
    }
    if length == 5, leading == 4, value % 10 == 0, bytes.last == UInt8(ascii: "s") {
      flags.insert(.decade)
    }
    if suffixStart > 0, length - suffixStart <= 3, dashes == 0,
      RuleWords.magnitudes.contains(String(text.dropFirst(suffixStart)).lowercased())
    {
      flags.insert(.amountWithMagnitude)
    }
    return flags
  }
}
