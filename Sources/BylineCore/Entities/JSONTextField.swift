/// Reads the string `text` out of one JSON Lines line given as UTF-8 bytes, for
/// `byline entities --input jsonl`.
///
/// Foundation's `JSONSerialization` builds an object graph (about 65 bytes of memory per input
/// byte for one 50 MB line) and its bridged strings drop a byte order mark at the start of a
/// string, which shifts every offset (issue 17). This validates the whole line in one pass
/// without recursion (any nesting depth is safe) and decodes only `text`, exactly as written:
/// the returned string is the JSON string's own scalars, so offsets into it are true to the
/// input.
enum JSONTextField {
  /// Why a line gave no text.
  enum Failure: Error, Equatable {
    /// The line is not one valid JSON value.
    case notJSON
    /// The line is valid JSON but not an object.
    case notObject
    /// The object has no string member `text`.
    case noText
  }

  /// The value of the top-level object's member `text` (the last one, if repeated).
  static func text(in bytes: UnsafeBufferPointer<UInt8>) -> Result<String, Failure> {
    var scanner = Scanner(bytes: bytes)
    scanner.skipByteOrderMark()
    let start = scanner.position
    guard scanner.skipValue(), scanner.atEndAfterWhitespace() else { return .failure(.notJSON) }
    scanner.position = start
    scanner.skipWhitespace()
    guard scanner.peek() == UInt8(ascii: "{") else { return .failure(.notObject) }
    return scanner.topLevelText().map { .success($0) } ?? .failure(.noText)
  }

  /// A position in the bytes of one line and the steps of the JSON grammar.
  private struct Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
      self.bytes = bytes
    }

    func peek() -> UInt8? {
      position < bytes.count ? bytes[position] : nil
    }

    mutating func skipByteOrderMark() {
      if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
    }

    mutating func skipWhitespace() {
      while let byte = peek(), byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
        position += 1
      }
    }

    mutating func atEndAfterWhitespace() -> Bool {
      skipWhitespace()
      return position == bytes.count
    }

    mutating func expect(_ ascii: Unicode.Scalar) -> Bool {
      skipWhitespace()
      guard peek() == UInt8(ascii: ascii) else { return false }
      position += 1
      return true
    }

    /// Skips one JSON value; containers are tracked on an explicit stack, not by recursion.
    mutating func skipValue() -> Bool {
      var open: [UInt8] = []
      while true {
        skipWhitespace()
        guard let byte = peek() else { return false }
        switch byte {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
          position += 1
          skipWhitespace()
          let close = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
          if peek() == close {
            position += 1
          } else {
            open.append(byte)
            if byte == UInt8(ascii: "{"), !(skipString() && expect(":")) { return false }
            continue
          }
        case UInt8(ascii: "\""):
          guard skipString() else { return false }
        case UInt8(ascii: "t"): guard skipLiteral("true") else { return false }
        case UInt8(ascii: "f"): guard skipLiteral("false") else { return false }
        case UInt8(ascii: "n"): guard skipLiteral("null") else { return false }
        default: guard skipNumber() else { return false }
        }
        // After a complete value: close containers, or go on to the next element.
        while let container = open.last {
          skipWhitespace()
          guard let next = peek() else { return false }
          position += 1
          if next == UInt8(ascii: ",") {
            if container == UInt8(ascii: "{"), !(expect("\"") && skipStringBody() && expect(":")) {
              return false
            }
            break
          }
          let close = container == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
          guard next == close else { return false }
          open.removeLast()
        }
        if open.isEmpty { return true }
      }
    }

    mutating func skipLiteral(_ word: StaticString) -> Bool {
      let count = word.utf8CodeUnitCount
      guard position + count <= bytes.count else { return false }
      for offset in 0..<count where bytes[position + offset] != word.utf8Start[offset] {
        return false
      }
      position += count
      return true
    }

    mutating func skipNumber() -> Bool {
      if peek() == UInt8(ascii: "-") { position += 1 }
      guard let first = peek(), isDigit(first) else { return false }
      position += 1
      if first != UInt8(ascii: "0") { skipDigits() }
      if peek() == UInt8(ascii: ".") {
        position += 1
        guard let digit = peek(), isDigit(digit) else { return false }
        skipDigits()
      }
      if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
        position += 1
        if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { position += 1 }
        guard let digit = peek(), isDigit(digit) else { return false }
        skipDigits()
      }
      return true
    }

    private mutating func skipDigits() {
      while let byte = peek(), isDigit(byte) { position += 1 }
    }

    private func isDigit(_ byte: UInt8) -> Bool {
      byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// Skips a string starting at its opening quote.
    mutating func skipString() -> Bool {
      skipWhitespace()
      guard peek() == UInt8(ascii: "\"") else { return false }
      position += 1
      return skipStringBody()
    }

    /// Skips a string's content and closing quote (the opening quote already read).
    mutating func skipStringBody() -> Bool {
      while let byte = peek() {
        position += 1
        switch byte {
        case UInt8(ascii: "\""): return true
        case UInt8(ascii: "\\"):
          guard let escaped = peek() else { return false }
          position += 1
          switch escaped {
          case UInt8(ascii: "u"):
            guard hexValue(at: position) != nil else { return false }
            position += 4
          case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
            UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            continue
          default: return false
          }
        case 0x00..<0x20: return false
        default: continue
        }
      }
      return false
    }

    /// The four hex digits at `offset` as a number.
    func hexValue(at offset: Int) -> UInt32? {
      guard offset + 4 <= bytes.count else { return nil }
      var value: UInt32 = 0
      for byte in bytes[offset..<(offset + 4)] {
        let digit: UInt8
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
        default: return nil
        }
        value = value * 16 + UInt32(digit)
      }
      return value
    }

    /// In an object already validated: the last string member named `text`.
    mutating func topLevelText() -> String? {
      guard expect("{") else { return nil }
      var found: String? = nil
      if expect("}") { return nil }
      repeat {
        guard expect("\"") else { return nil }
        let keyStart = position
        guard skipStringBody() else { return nil }
        let isText =
          position - keyStart == 5 && bytes[keyStart] == UInt8(ascii: "t")
          && bytes[keyStart + 1] == UInt8(ascii: "e") && bytes[keyStart + 2] == UInt8(ascii: "x")
          && bytes[keyStart + 3] == UInt8(ascii: "t")
        guard expect(":") else { return nil }
        skipWhitespace()
        if isText, peek() == UInt8(ascii: "\"") {
          position += 1
          found = decodeStringBody()
        } else {
          if isText { found = nil }
          guard skipValue() else { return nil }
        }
      } while expect(",")
      return found
    }

    /// Decodes a validated string's content and reads its closing quote.
    mutating func decodeStringBody() -> String? {
      let start = position
      var end = position
      while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\") {
        end += 1
      }
      if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
        position = end + 1
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
      }
      var out: [UInt8] = []
      out.reserveCapacity(end - start + 16)
      out.append(contentsOf: bytes[start..<end])
      position = end
      while let byte = peek() {
        position += 1
        if byte == UInt8(ascii: "\"") { return String(decoding: out, as: UTF8.self) }
        guard byte == UInt8(ascii: "\\"), let escaped = peek() else {
          out.append(byte)
          continue
        }
        position += 1
        switch escaped {
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"): appendEscapedScalar(to: &out)
        default: out.append(escaped)
        }
      }
      return nil
    }

    /// Reads the hex digits of a `\u` escape (and the low half of a surrogate pair) and
    /// appends the scalar; a lone surrogate becomes U+FFFD.
    private mutating func appendEscapedScalar(to out: inout [UInt8]) {
      var value = hexValue(at: position) ?? 0xFFFD
      position += 4
      if (0xD800..<0xDC00).contains(value), position + 6 <= bytes.count,
        bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u"),
        let low = hexValue(at: position + 2), (0xDC00..<0xE000).contains(low)
      {
        value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
        position += 6
      }
      let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
      UTF8.encode(scalar) { out.append($0) }
    }
  }
}
