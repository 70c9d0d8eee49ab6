import Testing

@testable import BylineCore

/// The linker's ASCII fast path names every mention exactly as the general path does.
@Suite struct EntityNameNormalizerFastPathTests {
  static let kinds: [EntityKind] = [.person, .organization, .location, .misc, .date, .money]

  /// Each ASCII character alone, between letters, between digits, and before a possessive.
  static var everyASCIICharacterInContext: [String] {
    (0..<128).flatMap { value -> [String] in
      let character = String(UnicodeScalar(UInt8(value)))
      return [
        character, "A\(character)B", "1\(character)2", "Jones\(character)", "\(character)s",
        "James\(character)s", " U.S\(character) ", "A \(character)B\(character) C",
        "\(character)'s", "x\(character)'",
      ]
    }
  }

  /// Mentions as news text writes them.
  static let names = [
    "Vladimir Putin", "Putin's", "Jones'", "U.S.", "the United States", "AT&T", "O'Neill",
    "Mr. Smith", "President Bill Clinton", "$4.5 billion", "12%", "1,000", "3.5",
    "  padded\t", "WHO", "F.B.I.", "People's Republic of China", "The Hague", "Kim Jong-un",
    "Roberto \"Hands of Stone\" Duran", "'s", "'", "s'", "`quoted`", "a--b", "NEW YORK",
  ]

  @Test func fastPathMatchesGeneralPath() {
    var random = SplitMix64(seed: 7)
    let alphabet = Array("aZ .'`s,0912$%&-\"\t\n()/")
    var texts = Self.everyASCIICharacterInContext + Self.names
    for _ in 0..<3000 {
      let length = Int(random.next() % 10)
      texts.append(
        String((0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }))
    }
    var mismatches: [String] = []
    for text in texts {
      for kind in Self.kinds {
        let general = EntityNameNormalizer.generalTokens(of: text, kind: kind)
        if let fast = EntityNameNormalizer.asciiTokens(of: text, kind: kind), fast != general {
          mismatches.append("\(kind) \(text.debugDescription): \(fast) vs \(general)")
        }
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
  }

  @Test func fastPathIsTakenForPlainNamesAndNotForOthers() {
    #expect(EntityNameNormalizer.asciiTokens(of: "Vladimir Putin's", kind: .person) != nil)
    #expect(EntityNameNormalizer.asciiTokens(of: "O'Neill", kind: .person) == ["oneill"])
    #expect(EntityNameNormalizer.asciiTokens(of: "Roberto 'Hands' Duran", kind: .person) == nil)
    #expect(EntityNameNormalizer.asciiTokens(of: "O'Neill", kind: .organization) == ["oneill"])
    #expect(EntityNameNormalizer.asciiTokens(of: "Zoë", kind: .person) == nil)
  }

  @Test func acronymTestAgreesForASCIIAndOtherText() {
    #expect(EntityNameNormalizer.looksLikeAcronym("WHO"))
    #expect(EntityNameNormalizer.looksLikeAcronym("F.B.I."))
    #expect(!EntityNameNormalizer.looksLikeAcronym("W"))
    #expect(!EntityNameNormalizer.looksLikeAcronym("ABCDEFG"))
    #expect(!EntityNameNormalizer.looksLikeAcronym("Who"))
    #expect(!EntityNameNormalizer.looksLikeAcronym("U-N"))
    #expect(EntityNameNormalizer.looksLikeAcronym("ÉTÉ"))
    #expect(!EntityNameNormalizer.looksLikeAcronym("Été"))
  }
}

/// Cutting mention texts out of a paragraph by scalar offsets.
@Suite struct ScalarSlicerTests {
  @Test func slicesMatchTheScalarSlicesOfTheString() {
    let text = "Kim Jong-un 김정은 met 習近平 in Zoë's café 👩‍👩‍👧 e\u{301} at 3 p.m."
    let slicer = ScalarSlicer(text)
    #expect(slicer.count == text.unicodeScalars.count)
    for start in -2...(slicer.count + 2) {
      for end in (start - 1)...(slicer.count + 3) {
        let range = TextRange(start: start, end: end)
        #expect(slicer.text(range) == text.unicodeScalarSlice(range), "\(start)..<\(end)")
      }
    }
  }

  @Test func emptyText() {
    #expect(ScalarSlicer("").text(TextRange(start: 0, end: 3)) == "")
  }
}
