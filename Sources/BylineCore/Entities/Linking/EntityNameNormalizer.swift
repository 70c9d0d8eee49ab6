import Foundation

/// Turns an entity mention into the tokens of its normalised name: lower case, diacritics folded,
/// possessive removed, punctuation dropped, person titles removed, well-known variants of
/// places and organisations mapped to one form (``EntityAliases``).
enum EntityNameNormalizer {
  /// The tokens of the normalised name of `text` as an entity of `kind`.
  ///
  /// ASCII text without quotes (nearly every mention in English news) takes a fast path over
  /// its bytes, which gives exactly what the general path does (tests compare the two).
  static func tokens(of text: String, kind: EntityKind) -> [String] {
    finished(asciiTokens(of: text, kind: kind) ?? generalTokens(of: text, kind: kind), kind: kind)
  }

  /// The tokens before titles are removed and aliases applied, for any text.
  static func generalTokens(of text: String, kind: EntityKind) -> [String] {
    let source = kind == .person ? removingNickname(from: text) : text
    return split(removingPossessive(from: fold(source)))
  }

  /// Person titles removed, then (for every kind of name) a leading `the` dropped and aliases
  /// applied.
  private static func finished(_ split: [String], kind: EntityKind) -> [String] {
    var tokens = split
    switch kind {
    case .person, .location, .organization, .misc:
      // One normalisation for every kind of name (their IDs are shared), with a person's
      // titles removed first.
      if kind == .person {
        while tokens.count > 1, let first = tokens.first, personTitles.contains(first) {
          tokens.removeFirst()
        }
      }
      if tokens.count > 1, tokens.first == "the" { tokens.removeFirst() }
      if let canonical = EntityAliases.canonical[tokens.joined(separator: " ")] {
        tokens = canonical.split(separator: " ").map(String.init)
      }
    case .date, .money, .percent:
      break
    }
    return tokens
  }

  /// Whether a one-word mention is written like an acronym (2–6 letters, all capitals), so it
  /// may stand for a longer organisation name in the same article.
  static func looksLikeAcronym(_ text: String) -> Bool {
    var capitals = 0
    var ascii = true
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "."), UInt8(ascii: " "): continue
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): capitals += 1
      case 0x80...: ascii = false
      default: return false
      }
      if capitals > 6 || !ascii { break }
    }
    if ascii { return (2...6).contains(capitals) }
    let letters = text.unicodeScalars.filter { $0 != "." && $0 != " " }
    guard (2...6).contains(letters.count) else { return false }
    return letters.allSatisfy { $0.properties.isUppercase }
  }

  /// Lower case, compatibility forms unified (fullwidth letters, ligatures), diacritics of
  /// Latin, Greek and Cyrillic letters removed (in other scripts marks are part of the letter:
  /// Japanese ガ is not カ), typographic apostrophes made plain.
  static func fold(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    var base: Unicode.Scalar = " "
    for scalar in text.decomposedStringWithCompatibilityMapping.unicodeScalars {
      switch scalar.properties.generalCategory {
      case .nonspacingMark, .enclosingMark:
        if base.value < 0x0530 || (0x1E00...0x1FFF).contains(base.value) { continue }
        scalars.append(scalar)
      default:
        base = scalar
        if apostrophes.contains(scalar.value) {
          scalars.append("'")
        } else if let replacement = letterFolds[scalar] {
          scalars.append(contentsOf: replacement.unicodeScalars)
        } else {
          scalars.append(scalar)
        }
      }
    }
    return String(scalars).precomposedStringWithCanonicalMapping.lowercased()
  }

  /// `text` without a quoted nickname inside it: `Roberto "Hands of Stone" Duran` → `Roberto
  /// Duran`. A quotation opens after a space and closes before one; a name that is only a
  /// quotation is kept.
  static func removingNickname(from text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    let closing: [Unicode.Scalar: Set<Unicode.Scalar>] = [
      "\"": ["\""], "\u{201C}": ["\u{201D}", "\""], "'": ["'"], "\u{2018}": ["\u{2019}", "'"],
    ]
    var result = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      let opensAfterSpace = index > 0 && scalars[index - 1].properties.isWhitespace
      if opensAfterSpace, let ends = closing[scalar],
        let end = scalars[(index + 1)...].indices.first(where: { candidate in
          ends.contains(scalars[candidate])
            && (candidate + 1 < scalars.count && scalars[candidate + 1].properties.isWhitespace)
        }),
        end > index + 1
      {
        index = end + 1
        continue
      }
      result.append(scalar)
      index += 1
    }
    let stripped = String(result)
    return stripped.unicodeScalars.contains { $0.properties.isAlphabetic } ? stripped : text
  }

  /// `text` without a trailing possessive `'s` (or the bare `'` of `Jones'`).
  static func removingPossessive(from text: String) -> String {
    var result = text.trimmingCharacters(in: .whitespacesAndNewlines)
    if result.hasSuffix("'s") {
      result.removeLast(2)
    } else if result.hasSuffix("s'") {
      result.removeLast()
    }
    return result
  }

  /// Splits folded text into tokens of letters and digits. Apostrophes inside a word and full
  /// stops vanish (`o'brien` → `obrien`, `u.s.` → `us`), except a decimal point between digits;
  /// commas between digits vanish (`1,000`); `&` is `and`, `%` is `percent`, currency symbols
  /// are tokens of their own; everything else separates tokens.
  static func split(_ text: String) -> [String] {
    let scalars = Array(text.unicodeScalars)
    var tokens: [String] = []
    var current = String.UnicodeScalarView()
    func flush() {
      if !current.isEmpty { tokens.append(String(current)) }
      current = String.UnicodeScalarView()
    }
    for (index, scalar) in scalars.enumerated() {
      let properties = scalar.properties
      if properties.isAlphabetic || properties.numericType != nil {
        current.append(scalar)
        continue
      }
      let before = index > 0 ? scalars[index - 1] : " "
      let after = index + 1 < scalars.count ? scalars[index + 1] : " "
      let betweenDigits =
        before.properties.numericType != nil
        && after.properties.numericType != nil
      switch scalar {
      case "." where betweenDigits:
        current.append(scalar)
      case ".", "'":
        continue
      case "," where betweenDigits:
        continue
      case "&":
        flush()
        tokens.append("and")
      case "%":
        flush()
        tokens.append("percent")
      default:
        flush()
        if properties.generalCategory == .currencySymbol { tokens.append(String(scalar)) }
      }
    }
    flush()
    return tokens
  }

  /// Apostrophe look-alikes: right and left single quotation marks, modifier letter apostrophe,
  /// grave and acute accents, prime.
  private static let apostrophes: Set<UInt32> = [0x2019, 0x2018, 0x02BC, 0x60, 0xB4, 0x2032]

  /// Letters without a decomposition that readers still type without the diacritic.
  private static let letterFolds: [Unicode.Scalar: String] = [
    "ß": "ss", "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ł": "l",
    "Ł": "l", "đ": "d", "Đ": "d", "ı": "i", "þ": "th", "Þ": "th", "ð": "d", "Ð": "d",
  ]

  /// Words that precede a person's name without being part of it (never the last word).
  static let personTitles: Set<String> = [
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "president", "sen", "senator",
    "rep", "representative", "gov", "governor", "gen", "general", "sir", "dame", "lord", "lady",
    "king", "queen", "prince", "princess", "pope", "chancellor", "premier", "minister", "prime",
    "vice", "secretary", "judge", "justice", "mayor", "chairman", "chairwoman", "rev",
    "reverend", "father", "sheikh", "col", "colonel", "lt", "lieutenant", "capt", "captain",
    "sgt", "sergeant", "adm", "admiral", "ambassador", "commissioner", "deputy", "detective",
    "officer", "supreme", "leader", "chief", "ceo", "coach",
  ]
}
