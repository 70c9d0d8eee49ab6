/// Cuts raw text into tokens the way the CoNLL-2003 data is cut, so that the tagger sees the
/// same kind of tokens at run time as it saw in training.
///
/// - Punctuation is a token of its own; runs of `-` (`--`) and `.` (`...`) stay together.
/// - Possessives and clitics split off: `Korea's` → `Korea` `'s` (also `’s`), `doesn't` →
///   `does` `n't`; other apostrophes stay inside the word (`O'Neill`, `d'Ivoire`).
/// - Hyphenated words stay whole (`Kim Jong-un`, `1996-08-22`), so do numbers with separators
///   (`4,500.25`) and names such as `AT&T`.
/// - Abbreviations and initials keep their period (`U.S.`, `Sept.`, `Mr.`, `F.`).
/// - Letters of every script, combining marks and digits make words; emoji sequences (with
///   joiners, skin tones and flags) are one token each.
///
/// Offsets count Unicode scalars. The work is linear in the length of the text.
public enum Tokenizer {
  /// The tokens of `text`, in order.
  public static func tokens(in text: String) -> [Token] {
    var scanner = TokenScanner(text: text)
    return scanner.scan()
  }
}

/// The state of one tokenization pass: the text's scalar classes and UTF-8 offsets.
struct TokenScanner {
  private let bytes: [UInt8]
  private var classes: [ScalarClass] = []
  /// UTF-8 offset of each scalar, plus one entry for the end.
  private var offsets: [Int32] = []
  private var tokens: [Token] = []
  private var pendingLineBreak = false

  init(text: String) {
    bytes = Array(text.utf8)
    classes.reserveCapacity(bytes.count)
    offsets.reserveCapacity(bytes.count + 1)
    var offset: Int32 = 0
    for scalar in text.unicodeScalars {
      classes.append(ScalarClass.of(scalar))
      offsets.append(offset)
      offset += Int32(UTF8.width(scalar))
    }
    offsets.append(offset)
  }

  mutating func scan() -> [Token] {
    let count = classes.count
    var index = 0
    while index < count {
      switch classes[index] {
      case .space:
        index += 1
      case .newline:
        pendingLineBreak = true
        index += 1
      case .joiner:
        index += 1
      case .word:
        let end = scanWord(from: index)
        emit(index, end)
        index = end
      case .emoji, .regional:
        let end = scanEmoji(from: index)
        emit(index, end)
        index = end
      case .hyphen, .period:
        var end = index + 1
        while end < count, classes[end] == classes[index] { end += 1 }
        emit(index, end)
        index = end
      case .apostrophe:
        let clitic = cliticLength(at: index + 1)
        let end = index + 1 + clitic
        emit(index, end)
        index = end
      case .comma, .ampersand, .other:
        emit(index, index + 1)
        index += 1
      }
    }
    return tokens
  }

  private mutating func emit(_ start: Int, _ end: Int) {
    let from = Int(offsets[start])
    let to = Int(offsets[end])
    let text = String(decoding: bytes[from..<to], as: UTF8.self)
    tokens.append(
      Token(text: text, range: TextRange(start: start, end: end), startsLine: pendingLineBreak))
    pendingLineBreak = false
  }

  /// The ASCII byte of scalar `index`, or 0 when it is not ASCII or out of range.
  private func ascii(_ index: Int) -> UInt8 {
    guard index >= 0, index < classes.count else { return 0 }
    let byte = bytes[Int(offsets[index])]
    return byte < 0x80 ? byte : 0
  }

  private func isWord(_ index: Int) -> Bool {
    index >= 0 && index < classes.count && classes[index] == .word
  }

  private func isDigit(_ index: Int) -> Bool {
    let byte = ascii(index)
    return byte >= 0x30 && byte <= 0x39
  }

  private func isUpperASCII(_ index: Int) -> Bool {
    let byte = ascii(index)
    return byte >= 0x41 && byte <= 0x5A
  }

  /// The index after the run of word scalars (and their joiners) starting at `index`.
  private func wordRunEnd(from index: Int) -> Int {
    var end = index
    while end < classes.count, classes[end] == .word || classes[end] == .joiner { end += 1 }
    return end
  }

  /// Length of a clitic (`s`, `re`, `ve`, `ll`, `d`, `m`, `t`) starting at `index` and
  /// followed by something that is not a word scalar; 0 when there is none.
  private func cliticLength(at index: Int) -> Int {
    guard isWord(index) else { return 0 }
    let end = wordRunEnd(from: index)
    let length = end - index
    guard length <= 2 else { return 0 }
    let first = ascii(index) | 0x20
    if length == 1 {
      return [UInt8(ascii: "s"), UInt8(ascii: "d"), UInt8(ascii: "m"), UInt8(ascii: "t")]
        .contains(first) ? 1 : 0
    }
    let second = ascii(index + 1) | 0x20
    switch (first, second) {
    case (UInt8(ascii: "r"), UInt8(ascii: "e")), (UInt8(ascii: "v"), UInt8(ascii: "e")),
      (UInt8(ascii: "l"), UInt8(ascii: "l")):
      return 2
    default:
      return 0
    }
  }

  private func scanWord(from start: Int) -> Int {
    let count = classes.count
    var end = wordRunEnd(from: start)
    while end < count {
      switch classes[end] {
      case .hyphen where isWord(end + 1):
        end = wordRunEnd(from: end + 1)
      case .comma where isDigit(end - 1) && isDigit(end + 1),
        .period where isDigit(end - 1) && isDigit(end + 1):
        end = wordRunEnd(from: end + 1)
      case .ampersand where isUpperASCII(end - 1) && isUpperASCII(end + 1):
        end = wordRunEnd(from: end + 1)
      case .apostrophe where isWord(end + 1):
        let clitic = cliticLength(at: end + 1)
        if clitic == 0 {
          end = wordRunEnd(from: end + 1)
          continue
        }
        if ascii(end + 1) | 0x20 == UInt8(ascii: "t") {
          let lastIsN = ascii(end - 1) | 0x20 == UInt8(ascii: "n")
          if lastIsN && end - start == 1 { return end + 2 }  // the `n't` of `does n't`
          if lastIsN { return end - 1 }  // `does` before `n't`
          end = wordRunEnd(from: end + 1)
          continue
        }
        return end  // the clitic becomes its own token
      case .period where isAbbreviation(start, end):
        end += 1
        // `U.S.`, `e.g.`: a single letter and a period follow.
        if isWord(end), wordRunEnd(from: end) == end + 1, end + 1 < count,
          classes[end + 1] == .period
        {
          end += 1
          continue
        }
        return end
      default:
        return end
      }
    }
    return end
  }

  /// Whether the word `start..<end` takes the period after it: an initial, a dotted form
  /// such as `U.S`, or a known abbreviation.
  private func isAbbreviation(_ start: Int, _ end: Int) -> Bool {
    if end - start == 1 { return !isDigit(start) }
    var key: [UInt8] = []
    for index in start..<end {
      let byte = ascii(index)
      if byte == UInt8(ascii: ".") { return true }
      guard byte != 0, key.count < 8 else { return false }
      key.append(byte | 0x20)
    }
    return Abbreviations.words.contains(key)
  }

  private func scanEmoji(from start: Int) -> Int {
    let count = classes.count
    var end = start + 1
    if classes[start] == .regional, end < count, classes[end] == .regional { end += 1 }
    while end < count, classes[end] == .joiner {
      let isZWJ = bytes[Int(offsets[end])] == 0xE2 && offsets[end + 1] - offsets[end] == 3
        && bytes[Int(offsets[end]) + 1] == 0x80 && bytes[Int(offsets[end]) + 2] == 0x8D
      end += 1
      if isZWJ, end < count, classes[end] == .emoji { end += 1 }
    }
    return end
  }
}
