import Foundation

/// Turns a file's bytes into text: refuses empty and binary files, reads UTF-8 (with or without
/// a byte order mark) and UTF-16 with a byte order mark, falls back to Windows-1252 with a
/// warning when the bytes are not valid UTF-8, and normalises line endings to `\n`.
enum TextDecoding {
  /// How many leading bytes are inspected to decide whether a file is binary.
  static let sniffLength = 8192

  /// The text of `bytes`, and a warning when the encoding was guessed.
  static func decode(_ bytes: [UInt8], path: String) throws(IngestError) -> (
    text: String, diagnostics: [IngestDiagnostic]
  ) {
    guard !bytes.isEmpty else { throw .emptyFile(path: path) }
    if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
      return (normaliseLineEndings(utf16(bytes.dropFirst(2), bigEndian: false)), [])
    }
    if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
      return (normaliseLineEndings(utf16(bytes.dropFirst(2), bigEndian: true)), [])
    }
    if let reason = binaryReason(bytes) { throw .binaryFile(path: path, reason: reason) }
    var body = bytes[...]
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { body = bytes.dropFirst(3) }
    if let text = String(validating: body, as: UTF8.self) {
      return (normaliseLineEndings(text), [])
    }
    let warning = IngestDiagnostic(
      severity: .warning, path: path, line: firstInvalidLine(body),
      message: "not valid UTF-8; read as Windows-1252")
    return (normaliseLineEndings(windows1252(body)), [warning])
  }

  /// Why the bytes look binary, or `nil` when they look like text.
  static func binaryReason(_ bytes: [UInt8]) -> String? {
    let head = bytes.prefix(sniffLength)
    if head.contains(0) { return "contains NUL bytes" }
    var control = 0
    for byte in head where byte < 0x20 {
      switch byte {
      case 0x09, 0x0A, 0x0C, 0x0D, 0x1B: continue
      default: control += 1
      }
    }
    return control * 10 > head.count ? "mostly control bytes" : nil
  }

  /// `\r\n` and lone `\r` become `\n`.
  static func normaliseLineEndings(_ text: String) -> String {
    guard text.utf8.contains(UInt8(ascii: "\r")) else { return text }
    return text.replacingOccurrences(of: "\r\n", with: "\n")
      .replacingOccurrences(of: "\r", with: "\n")
  }

  /// The 1-based line of the first byte that is not valid UTF-8.
  private static func firstInvalidLine(_ bytes: ArraySlice<UInt8>) -> Int? {
    var line = 1
    var lineStart = bytes.startIndex
    var index = bytes.startIndex
    while index < bytes.endIndex {
      if bytes[index] == UInt8(ascii: "\n") {
        if String(validating: bytes[lineStart..<index], as: UTF8.self) == nil { return line }
        line += 1
        lineStart = index + 1
      }
      index += 1
    }
    return String(validating: bytes[lineStart...], as: UTF8.self) == nil ? line : nil
  }

  private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = bytes.startIndex
    while index + 1 < bytes.endIndex {
      let high = UInt16(bytes[bigEndian ? index : index + 1])
      let low = UInt16(bytes[bigEndian ? index + 1 : index])
      units.append(high << 8 | low)
      index += 2
    }
    return String(decoding: units, as: UTF16.self)
  }

  /// Decodes Windows-1252; the five unassigned bytes become U+FFFD.
  static func windows1252(_ bytes: ArraySlice<UInt8>) -> String {
    var scalars = String.UnicodeScalarView()
    for byte in bytes {
      if byte >= 0x80, byte < 0xA0 {
        let value = cp1252High[Int(byte - 0x80)]
        scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
      } else {
        scalars.append(Unicode.Scalar(byte))
      }
    }
    return String(scalars)
  }

  /// Windows-1252 bytes 0x80–0x9F.
  private static let cp1252High: [UInt32] = [
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
  ]
}
