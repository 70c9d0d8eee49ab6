/// Rewrites the character references of feed XML (and of HTML carried in feeds) so libxml2 reads
/// them the way a browser would, in one linear pass over the bytes:
///
/// - HTML named references (`&eacute;`, `&rsquo;`, `&nbsp;`, all 2,125 HTML5 names), declared
///   or not, become numeric references (XML parsers drop undeclared ones, libxml2's HTML parser
///   knows only the HTML 4 names);
/// - numeric references to 128–159 become the Windows-1252 character (`&#146;` → `’`), and
///   references XML forbids (`&#0;`, surrogates, beyond U+10FFFF) become U+FFFD;
/// - in XML, a bare `&` that starts no reference becomes `&amp;`, so "Tom & Jerry" and
///   `?a=1&b=2` survive (an HTML parser keeps a bare `&` by itself).
///
/// CDATA sections, comments, processing instructions and the DOCTYPE are copied untouched. In
/// XML, entities the DOCTYPE's internal subset declares with a plain value (text and numeric
/// references only, so never nested) are expanded first, within a budget of bytes.
enum CharacterReferenceRepair {
  /// What kind of markup the text is.
  enum Mode {
    /// XML: bare ampersands are escaped, the five XML entities kept.
    case xml
    /// HTML: bare ampersands and unknown names are left to the HTML parser.
    case html
  }

  /// `text` with its character references rewritten for `mode`; the text itself when there is
  /// nothing to rewrite.
  static func repaired(_ text: String, mode: Mode) -> String {
    guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
    let bytes = Array(text.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + bytes.count / 16)
    var declared = DeclaredEntities(budget: max(1_048_576, bytes.count * 2))
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "<") {
        let end = endOfUntouchedMarkup(bytes, at: index)
        if mode == .xml, has(doctype, in: bytes, at: index, caseInsensitive: true) {
          declared.read(bytes[index..<end])
        }
        out.append(contentsOf: bytes[index..<end])
        index = end
        continue
      }
      guard byte == UInt8(ascii: "&") else {
        out.append(byte)
        index += 1
        continue
      }
      let consumed = reference(bytes, at: index, mode: mode, declared: &declared, into: &out)
      index += consumed
    }
    return String(decoding: out, as: UTF8.self)
  }

  // MARK: - References

  private static let xmlEntities: Set<String> = ["amp", "lt", "gt", "quot", "apos"]
  private static let ampersandEscape = Array("&amp;".utf8)

  /// Appends the rewritten reference at `start` (an `&`) to `out`; returns how many bytes of
  /// input it stood for.
  private static func reference(
    _ bytes: [UInt8], at start: Int, mode: Mode, declared: inout DeclaredEntities,
    into out: inout [UInt8]
  ) -> Int {
    let bareAmpersand = { (out: inout [UInt8]) -> Int in
      if mode == .xml { out.append(contentsOf: ampersandEscape) } else { out.append(0x26) }
      return 1
    }
    var index = start + 1
    guard index < bytes.count else { return bareAmpersand(&out) }
    if bytes[index] == UInt8(ascii: "#") {
      index += 1
      var radix: UInt32 = 10
      if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "x") {
        radix = 16
        index += 1
      }
      let digitsStart = index
      var value: UInt32 = 0
      while index < bytes.count, let digit = digitValue(bytes[index], radix: radix),
        index - digitsStart < 10
      {
        value = min(value &* radix &+ digit, 0x7FFF_FFFF)
        index += 1
      }
      guard index > digitsStart, index < bytes.count, bytes[index] == UInt8(ascii: ";") else {
        return bareAmpersand(&out)
      }
      let length = index + 1 - start
      if let replacement = numericReplacement(value) {
        appendNumeric(replacement, to: &out)
      } else {
        out.append(contentsOf: bytes[start..<(start + length)])
      }
      return length
    }
    let nameStart = index
    while index < bytes.count, index - nameStart <= 32, isNameByte(bytes[index]) { index += 1 }
    guard index > nameStart, index < bytes.count, bytes[index] == UInt8(ascii: ";"),
      isLetter(bytes[nameStart])
    else { return bareAmpersand(&out) }
    let name = String(decoding: bytes[nameStart..<index], as: UTF8.self)
    let length = index + 1 - start
    if xmlEntities.contains(name) {
      out.append(contentsOf: bytes[start..<(start + length)])
    } else if mode == .xml, let value = declared.expand(name) {
      out.append(contentsOf: value)
    } else if let value = HTMLEntities.value(named: name) {
      for scalar in value.unicodeScalars { appendNumeric(scalar.value, to: &out) }
    } else if mode == .xml {
      // Unknown to HTML and not declared (or over the budget): shown as written.
      out.append(contentsOf: ampersandEscape)
      out.append(contentsOf: bytes[(start + 1)..<(start + length)])
    } else {
      out.append(contentsOf: bytes[start..<(start + length)])
    }
    return length
  }

  /// The code point to write instead of the numeric reference `value`, or `nil` to keep it.
  static func numericReplacement(_ value: UInt32) -> UInt32? {
    switch value {
    case 0x80..<0xA0: return Windows1252.scalar(forC1: value).map(\.value)
    case 0, 0xD800...0xDFFF, 0xFFFE, 0xFFFF, 0x11_0000...: return 0xFFFD
    case 0x01..<0x20 where value != 0x09 && value != 0x0A && value != 0x0D: return 0xFFFD
    default: return nil
    }
  }

  private static func appendNumeric(_ value: UInt32, to out: inout [UInt8]) {
    out.append(contentsOf: Array("&#x".utf8))
    out.append(contentsOf: Array(String(value, radix: 16, uppercase: true).utf8))
    out.append(UInt8(ascii: ";"))
  }

  private static func digitValue(_ byte: UInt8, radix: UInt32) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16:
      return UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F") where radix == 16:
      return UInt32(byte - UInt8(ascii: "A") + 10)
    default: return nil
    }
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
  }

  private static func isNameByte(_ byte: UInt8) -> Bool {
    isLetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
  }

  // MARK: - Markup copied untouched

  private static let untouched: [(open: [UInt8], close: [UInt8])] = [
    (Array("<![CDATA[".utf8), Array("]]>".utf8)),
    (Array("<!--".utf8), Array("-->".utf8)),
    (Array("<?".utf8), Array("?>".utf8)),
  ]

  /// The index just past the CDATA section, comment, processing instruction or DOCTYPE that
  /// starts at `start`, or `start + 1` for any other `<`.
  private static func endOfUntouchedMarkup(_ bytes: [UInt8], at start: Int) -> Int {
    for (open, close) in untouched where has(open, in: bytes, at: start) {
      var index = start + open.count
      while index < bytes.count {
        if bytes[index] == close[0], has(close, in: bytes, at: index) {
          return index + close.count
        }
        index += 1
      }
      return bytes.count
    }
    if has(doctype, in: bytes, at: start, caseInsensitive: true) {
      // Up to the `>` outside the internal subset's brackets and outside quotes.
      var depth = 0
      var quote: UInt8? = nil
      var index = start + doctype.count
      while index < bytes.count {
        let byte = bytes[index]
        if let open = quote {
          if byte == open { quote = nil }
        } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
          quote = byte
        } else if byte == UInt8(ascii: "[") {
          depth += 1
        } else if byte == UInt8(ascii: "]") {
          depth = max(0, depth - 1)
        } else if byte == UInt8(ascii: ">"), depth == 0 {
          return index + 1
        }
        index += 1
      }
      return bytes.count
    }
    return start + 1
  }

  static let doctype = Array("<!DOCTYPE".utf8)

  private static func has(
    _ pattern: [UInt8], in bytes: [UInt8], at index: Int, caseInsensitive: Bool = false
  ) -> Bool {
    guard index + pattern.count <= bytes.count else { return false }
    for offset in pattern.indices {
      let byte = bytes[index + offset]
      let expected = pattern[offset]
      if byte == expected { continue }
      if caseInsensitive, isLetter(byte), byte | 0x20 == expected | 0x20 { continue }
      return false
    }
    return true
  }
}
