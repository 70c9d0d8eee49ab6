/// English idioms built on a proper name or a nationality (`Achilles heel`, `Russian
/// roulette`): a name the model finds wholly inside one is no name (see ``ModelSpanCleaner``).
enum Idioms {
  /// The idioms, as lower-case tokens the way ``Tokenizer`` cuts them.
  static let all: [[String]] = [
    "achilles heel", "achilles ' heel", "trojan horse", "pandora 's box", "hobson 's choice",
    "murphy 's law", "sod 's law", "midas touch", "good samaritan", "doubting thomas",
    "peeping tom", "holy grail", "gordian knot", "sword of damocles", "faustian pact",
    "faustian bargain", "pyrrhic victory", "freudian slip", "russian roulette", "dutch courage",
    "dutch auction", "chinese whispers", "mexican wave", "mexican standoff", "french leave",
    "french kiss", "french fries", "french windows", "jekyll and hyde", "jack of all trades",
    "tom , dick and harry", "cross the rubicon", "crossed the rubicon", "meet his waterloo",
    "met his waterloo", "meet their waterloo", "herculean task", "herculean effort",
    "spanish practices", "greek to me", "trojan horses", "brownie points", "platonic love",
    "catch-22", "nosey parker", "smart alec", "johnny-come-lately", "uncle sam",
    "sweet fanny adams", "bob 's your uncle", "keeping up with the joneses",
  ].map { $0.split(separator: " ").map(String.init) }

  /// Idiom index → its words, by each of its words, for lookups from a name's first word.
  private static let byWord: [String: [Int]] = {
    var result: [String: [Int]] = [:]
    for (index, words) in all.enumerated() {
      for word in Set(words) { result[word, default: []].append(index) }
    }
    return result
  }()

  /// Hashes of every idiom word (ASCII lower case, see ``asciiLowerHash(_:)``), so that most
  /// names are ruled out without allocating.
  private static let wordHashes: HashedByteMap = {
    var map = HashedByteMap(capacity: 256)
    for words in all { for word in words { map.set(1, for: asciiLowerHash(word)) } }
    return map
  }()

  /// FNV-1a of the UTF-8 of `text` with ASCII letters in lower case.
  private static func asciiLowerHash(_ text: String) -> UInt64 {
    var hash = FeatureHash.empty
    for byte in text.utf8 {
      hash = FeatureHash.adding(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte, to: hash)
    }
    return hash
  }

  /// Whether the tokens `range` lie wholly inside an occurrence of an idiom.
  static func contains(_ range: Range<Int>, in tokens: [Token]) -> Bool {
    guard wordHashes[asciiLowerHash(tokens[range.lowerBound].text)] != nil,
      let candidates = byWord[normalised(tokens[range.lowerBound].text)]
    else { return false }
    for index in candidates {
      let words = all[index]
      for (offset, word) in words.enumerated()
      where word == normalised(tokens[range.lowerBound].text) {
        let start = range.lowerBound - offset
        guard start >= 0, start + words.count <= tokens.count,
          range.upperBound <= start + words.count
        else { continue }
        if words.indices.allSatisfy({ normalised(tokens[start + $0].text) == words[$0] }) {
          return true
        }
      }
    }
    return false
  }

  /// Lower case, with curly apostrophes as straight ones.
  private static func normalised(_ text: String) -> String {
    String(
      String.UnicodeScalarView(text.lowercased().unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 })
    )
  }
}
