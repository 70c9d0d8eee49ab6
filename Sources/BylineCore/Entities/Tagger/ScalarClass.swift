/// How the tokenizer treats one Unicode scalar.
enum ScalarClass: UInt8 {
  /// Space, tab and other separators that end a token.
  case space
  /// A line break; ends a token and marks the next one as starting a line.
  case newline
  /// Letters, combining marks and digits: the stuff of words and numbers.
  case word
  /// `'` and `’`.
  case apostrophe
  /// `-` and the Unicode hyphens that join words.
  case hyphen
  /// `.`
  case period
  /// `,`
  case comma
  /// `&`, kept inside names such as `AT&T`.
  case ampersand
  /// A pictographic symbol that may start an emoji sequence.
  case emoji
  /// A regional indicator; two make a flag.
  case regional
  /// Zero-width joiners, variation selectors, skin-tone modifiers, tags and soft hyphens:
  /// glue that belongs to the scalar before it.
  case joiner
  /// Any other punctuation or symbol: a token on its own.
  case other

  /// The class of `scalar`.
  static func of(_ scalar: Unicode.Scalar) -> ScalarClass {
    let value = scalar.value
    if value < 0x80 { return ascii[Int(value)] }
    switch value {
    case 0x2019: return .apostrophe
    case 0x2010, 0x2011: return .hyphen
    case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return .space
    case 0x0085, 0x2028, 0x2029: return .newline
    case 0x00AD, 0x200C, 0x200D, 0xFE00...0xFE0F, 0x1F3FB...0x1F3FF, 0xE0020...0xE007F, 0x20E3:
      return .joiner
    case 0x1F1E6...0x1F1FF: return .regional
    default: break
    }
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
      return .word
    case .spaceSeparator, .control: return .space
    case .lineSeparator, .paragraphSeparator: return .newline
    case .format: return .joiner
    case .otherSymbol: return .emoji
    default: return .other
    }
  }

  private static let ascii: [ScalarClass] = (0..<128).map { value -> ScalarClass in
    switch value {
    case 0x0A, 0x0D: return .newline
    case 0x00...0x20, 0x7F: return .space
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return .word
    case 0x27: return .apostrophe
    case 0x2D: return .hyphen
    case 0x2E: return .period
    case 0x2C: return .comma
    case 0x26: return .ampersand
    default: return .other
    }
  }
}
