import Foundation

/// Turns a file's bytes into text: refuses empty and binary files; reads UTF-8 (with or without
/// a byte order mark), UTF-16 and UTF-32 with a byte order mark, or without one when the file
/// opens with `<` (an XML declaration or a root element) in them; bytes that are not valid UTF-8
/// are read in the encoding the document declares (XML declaration or HTML `charset`, converted
/// by `iconv`; ISO-8859-1 and US-ASCII read as Windows-1252, as browsers do), else as
/// Windows-1252 with a warning. Line endings are normalised to `\n`.
enum TextDecoding {
  /// How many leading bytes are inspected to decide whether a file is binary.
  static let sniffLength = 8192

  /// The text of `bytes`, and a warning when the encoding was guessed.
  static func decode(_ bytes: [UInt8], path: String) throws(IngestError) -> (
    text: String, diagnostics: [IngestDiagnostic]
  ) {
    guard !bytes.isEmpty else { throw .emptyFile(path: path) }
    if let (unicode, skip) = wideUnicode(bytes) {
      guard let decoded = Iconv.decode(Array(bytes.dropFirst(skip)), from: unicode) else {
        throw .unreadable(path: path, reason: "\(unicode) is unknown to iconv")
      }
      // Told from the first bytes alone, so a binary file that happens to start like that is
      // still refused.
      if skip == 0, let reason = binaryReason(Array(decoded.text.utf8.prefix(sniffLength))) {
        throw .binaryFile(path: path, reason: reason)
      }
      return (normaliseLineEndings(decoded.text), replacementWarning(decoded, unicode, path))
    }
    if let reason = binaryReason(bytes) { throw .binaryFile(path: path, reason: reason) }
    var body = bytes[...]
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { body = bytes.dropFirst(3) }
    if let text = String(validating: body, as: UTF8.self) {
      // A 7-bit stateful encoding (ISO-2022-JP, -KR, -CN) is valid UTF-8 too; its escapes
      // show it is not.
      if body.contains(0x1B), let declared = DeclaredEncoding.name(in: bytes),
        declared.contains("2022"),
        let decoded = DeclaredEncoding.decode(Array(body), from: declared),
        decoded.replaced == 0
      {
        return (normaliseLineEndings(decoded.text), [])
      }
      return (normaliseLineEndings(text), [])
    }
    if let declared = DeclaredEncoding.name(in: bytes), declared != "utf-8", declared != "utf8",
      let decoded = DeclaredEncoding.decode(Array(body), from: declared)
    {
      return (
        normaliseLineEndings(decoded.text), replacementWarning(decoded, declared, path)
      )
    }
    let warning = IngestDiagnostic(
      severity: .warning, path: path, line: firstInvalidLine(body),
      message: "not valid UTF-8; read as Windows-1252")
    return (normaliseLineEndings(Windows1252.decode(body)), [warning])
  }

  /// The UTF-16 or UTF-32 form `bytes` are in and how many bytes of byte order mark to skip:
  /// from the mark, or without one from how `<` (which every XML document and nearly every HTML
  /// page opens with) is encoded in the first four bytes (XML 1.0 appendix F).
  static func wideUnicode(_ bytes: [UInt8]) -> (name: String, skip: Int)? {
    guard bytes.count >= 2 else { return nil }
    let head = Array(bytes.prefix(4)) + [UInt8](repeating: 0xAA, count: max(0, 4 - bytes.count))
    switch (head[0], head[1], head[2], head[3]) {
    case (0x00, 0x00, 0xFE, 0xFF): return ("UTF-32BE", 4)
    case (0xFF, 0xFE, 0x00, 0x00): return ("UTF-32LE", 4)
    case (0xFE, 0xFF, _, _): return ("UTF-16BE", 2)
    case (0xFF, 0xFE, _, _): return ("UTF-16LE", 2)
    case (0x00, 0x00, 0x00, 0x3C): return ("UTF-32BE", 0)
    case (0x3C, 0x00, 0x00, 0x00): return ("UTF-32LE", 0)
    case (0x00, 0x3C, 0x00, let next) where next != 0 && next < 0x80: return ("UTF-16BE", 0)
    case (0x3C, 0x00, let next, 0x00) where next != 0 && next < 0x80: return ("UTF-16LE", 0)
    default: return nil
    }
  }

  /// A warning when `decoded` needed replacement characters.
  private static func replacementWarning(
    _ decoded: Iconv.Decoded, _ encoding: String, _ path: String
  ) -> [IngestDiagnostic] {
    guard decoded.replaced > 0 else { return [] }
    let count = decoded.replaced == 1 ? "1 byte is" : "\(decoded.replaced) bytes are"
    return [
      IngestDiagnostic(
        severity: .warning, path: path,
        message: "\(count) not valid \(encoding); shown as \u{FFFD}")
    ]
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
}
