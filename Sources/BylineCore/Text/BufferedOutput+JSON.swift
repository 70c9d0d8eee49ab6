extension BufferedOutput {
  /// Appends `text` as a JSON string literal: quote, backslash and every character the
  /// terminal-safety table withholds (``WithheldCharacter``) are escaped, everything else is
  /// written as it is. Works on the UTF-8 bytes, a run of plain bytes at a time.
  public mutating func append(jsonString text: String) {
    var text = text
    text.withUTF8 { append(jsonStringUTF8: $0) }
  }

  /// Appends the valid UTF-8 `utf8` as a JSON string literal (see ``append(jsonString:)``).
  public mutating func append(jsonStringUTF8 utf8: UnsafeBufferPointer<UInt8>) {
    append(UInt8(ascii: "\""))
    var plainStart = 0
    var index = 0
    let count = utf8.count
    while index < count {
      let byte = utf8[index]
      if byte >= 0x20, byte < 0x7F, byte != 0x22, byte != 0x5C {
        index += 1
        continue
      }
      // A byte that may need escaping: decode its scalar.
      let length: Int
      let value: UInt32
      switch byte {
      case 0x00..<0x80:
        length = 1
        value = UInt32(byte)
      case 0xC0..<0xE0 where index + 1 < count:
        length = 2
        value = UInt32(byte & 0x1F) << 6 | UInt32(utf8[index + 1] & 0x3F)
      case 0xE0..<0xF0 where index + 2 < count:
        length = 3
        value =
          UInt32(byte & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6
          | UInt32(utf8[index + 2] & 0x3F)
      default:
        // Four-byte scalars (none is withheld) and continuation bytes pass as they are.
        index += 1
        continue
      }
      let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
      let escape: StaticString?
      switch scalar {
      case "\"": escape = "\\\""
      case "\\": escape = "\\\\"
      case "\n": escape = "\\n"
      case "\r": escape = "\\r"
      case "\t": escape = "\\t"
      default:
        guard WithheldCharacter.contains(scalar) else {
          index += length
          continue
        }
        escape = nil
      }
      if plainStart < index { append(UnsafeBufferPointer(rebasing: utf8[plainStart..<index])) }
      if let escape {
        append(escape)
      } else {
        append(unicodeEscape: value)
      }
      index += length
      plainStart = index
    }
    if plainStart < count { append(UnsafeBufferPointer(rebasing: utf8[plainStart..<count])) }
    append(UInt8(ascii: "\""))
  }

  /// Appends `\uXXXX` for a scalar value below U+10000.
  private mutating func append(unicodeEscape value: UInt32) {
    let hex: StaticString = "0123456789abcdef"
    append(UInt8(ascii: "\\"))
    append(UInt8(ascii: "u"))
    for shift in stride(from: 12, through: 0, by: -4) {
      append(hex.utf8Start[Int((value >> UInt32(shift)) & 0xF)])
    }
  }
}
