extension EntityNameNormalizer {
  /// ``generalTokens(of:kind:)`` for ASCII text, straight from its bytes; `nil` when `text` is
  /// not ASCII, or is a person's name with a quote after a space in it (a possible nickname,
  /// see ``removingNickname(from:)``).
  ///
  /// For ASCII, folding is lower-casing (with a grave accent read as an apostrophe), trimming
  /// is of spaces and control whitespace, letters are `A`–`Z`/`a`–`z`, digits `0`–`9`, and
  /// the one currency symbol is `$`.
  static func asciiTokens(of text: String, kind: EntityKind) -> [String]? {
    var text = text
    return text.withUTF8 { bytes -> [String]? in
      var start = 0
      var end = bytes.count
      var previous: UInt8 = 0
      for byte in bytes {
        guard byte < 0x80 else { return nil }
        if kind == .person, byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'"),
          isSpace(previous)
        {
          return nil
        }
        previous = byte
      }
      while start < end, isSpace(bytes[start]) { start += 1 }
      while end > start, isSpace(bytes[end - 1]) { end -= 1 }
      if end - start >= 2, folded(bytes[end - 1]) == UInt8(ascii: "s"),
        folded(bytes[end - 2]) == UInt8(ascii: "'")
      {
        end -= 2
      } else if end - start >= 2, folded(bytes[end - 1]) == UInt8(ascii: "'"),
        folded(bytes[end - 2]) == UInt8(ascii: "s")
      {
        end -= 1
      }
      return split(bytes[start..<end])
    }
  }

  /// Splits folded ASCII as ``split(_:)`` does.
  private static func split(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> [String] {
    var tokens: [String] = []
    var current: [UInt8] = []
    func flush() {
      if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)) }
      current.removeAll(keepingCapacity: true)
    }
    let first = bytes.startIndex
    let last = bytes.endIndex
    for index in first..<last {
      let byte = folded(bytes[index])
      if isLetter(byte) || isDigit(byte) {
        current.append(byte)
        continue
      }
      let betweenDigits =
        index > first && isDigit(bytes[index - 1]) && index + 1 < last && isDigit(bytes[index + 1])
      switch byte {
      case UInt8(ascii: ".") where betweenDigits:
        current.append(byte)
      case UInt8(ascii: "."), UInt8(ascii: "'"):
        continue
      case UInt8(ascii: ",") where betweenDigits:
        continue
      case UInt8(ascii: "&"):
        flush()
        tokens.append("and")
      case UInt8(ascii: "%"):
        flush()
        tokens.append("percent")
      case UInt8(ascii: "$"):
        flush()
        tokens.append("$")
      default:
        flush()
      }
    }
    flush()
    return tokens
  }

  /// Lower case, and the grave accent as an apostrophe (what ``fold(_:)`` does to ASCII).
  @inline(__always)
  private static func folded(_ byte: UInt8) -> UInt8 {
    switch byte {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte | 0x20
    case UInt8(ascii: "`"): UInt8(ascii: "'")
    default: byte
    }
  }

  @inline(__always)
  private static func isLetter(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
  }

  @inline(__always)
  private static func isDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }

  /// The ASCII members of `whitespacesAndNewlines`: space, tab, line feed, vertical tab, form
  /// feed, carriage return.
  @inline(__always)
  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (0x09...0x0D).contains(byte)
  }
}
