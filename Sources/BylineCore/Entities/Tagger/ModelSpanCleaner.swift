/// Tidies the token ranges the model tags as names:
///
/// - a name starts and ends with a word, never with punctuation or an emoji;
/// - a name holds no bracket or quote: a span across one is cut there into the names on either
///   side (`Hyde (Pitman` → `Hyde`, `Pitman`);
/// - a lone noun that numbers things, right before a number, is no name by itself (`Number 10
///   said`, `Room 101`, `Article 50`; see ``numberedNouns``), unless a capitalised word follows
///   the number;
/// - a name lying wholly inside a known idiom is dropped (`a Trojan horse`, `Russian
///   roulette`; see ``Idioms``);
/// - a name is at most ``maximumTokens`` long (the longest name in the CoNLL-2003 data has 10
///   tokens; longer runs come from endless capitalised text and are dropped).
///
/// (Splitting people's names at lower-case words, `Kennedy to Kohl`, was tried and lowered the
/// raw-text dev score, so it is not done.)
enum ModelSpanCleaner {
  /// The most tokens a name may have.
  static let maximumTokens = 12

  /// The cleaned ranges for the token range `range`: none when no name is left, several when
  /// a bracket or quote cuts it.
  static func ranges(_ range: Range<Int>, in tokens: [Token]) -> [Range<Int>] {
    var pieces: [Range<Int>] = []
    var start = range.lowerBound
    for index in range where isBracketOrQuote(tokens[index]) {
      pieces.append(start..<index)
      start = index + 1
    }
    pieces.append(start..<range.upperBound)
    return pieces.compactMap { piece in
      guard let trimmed = trimmed(piece, in: tokens),
        !isNounBeforeNumber(trimmed, in: tokens),
        !Idioms.contains(trimmed, in: tokens)
      else { return nil }
      return trimmed
    }
  }

  /// The range without punctuation at either end, or `nil` when no word is left or the name is
  /// too long.
  static func trimmed(_ range: Range<Int>, in tokens: [Token]) -> Range<Int>? {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, !isWordLike(tokens[lower]) { lower += 1 }
    while upper > lower, !isWordLike(tokens[upper - 1]) { upper -= 1 }
    return lower < upper && upper - lower <= maximumTokens ? lower..<upper : nil
  }

  /// Whether the range is one noun of ``numberedNouns`` followed by a number in digits that no
  /// capitalised word follows.
  private static func isNounBeforeNumber(_ range: Range<Int>, in tokens: [Token]) -> Bool {
    let number = range.upperBound
    guard range.count == 1, number < tokens.count,
      tokens[number].text.unicodeScalars.first.map({ $0.properties.numericType != nil }) == true
    else { return false }
    if number + 1 < tokens.count,
      tokens[number + 1].text.unicodeScalars.first?.properties.isUppercase == true
    {
      return false
    }
    return numberedNouns.contains(tokens[range.lowerBound].text.lowercased())
  }

  /// Nouns written capitalised before a number to name a numbered thing (`Number 10`, `Room
  /// 101`, `Article 50`, `Flight 370`): the noun alone is no name.
  static let numberedNouns: Set<String> = [
    "number", "no", "no.", "room", "article", "chapter", "section", "clause", "paragraph", "page",
    "platform", "gate", "terminal", "level", "grade", "phase", "stage", "step", "round", "group",
    "pool", "table", "figure", "line", "route", "highway", "channel", "flight", "bus", "unit",
    "floor", "block", "lot", "item", "part", "volume", "vol", "vol.", "act", "scene", "verse",
    "rule", "question", "amendment", "resolution", "proposition", "category", "class", "type",
    "model", "version", "series", "size", "ward", "district", "zone", "sector", "building",
    "reactor", "tower", "pier", "berth", "lane", "exit", "junction", "bay", "hall", "studio",
    "match", "game", "day", "week", "year", "season", "episode", "track", "disc", "box",
  ]

  /// Whether a token is a bracket or a quotation mark on its own.
  private static func isBracketOrQuote(_ token: Token) -> Bool {
    !token.text.isEmpty
      && token.text.unicodeScalars.allSatisfy { bracketsAndQuotes.contains($0.value) }
  }

  private static let bracketsAndQuotes: Set<UInt32> = [
    0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x22, 0x27, 0x60, 0xAB, 0xBB, 0x2018, 0x2019, 0x201A,
    0x201B, 0x201C, 0x201D, 0x201E, 0x201F, 0x2039, 0x203A, 0x300C, 0x300D,
  ]

  /// Whether a token has a letter or a digit.
  private static func isWordLike(_ token: Token) -> Bool {
    token.text.unicodeScalars.contains { scalar in
      scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
  }
}
