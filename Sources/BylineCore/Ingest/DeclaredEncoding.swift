#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads the character encoding a document declares about itself (an XML declaration's
/// `encoding="…"`, or an HTML `<meta charset="…">` / `content="text/html; charset=…"`), and
/// converts bytes from it with the C library's `iconv`, so a Korean page in EUC-KR or a
/// Japanese feed in Shift_JIS reads correctly instead of as Windows-1252.
enum DeclaredEncoding {
  /// The encoding name declared in the first 2 KiB of `bytes`, lower-cased, if any.
  static func name(in bytes: [UInt8]) -> String? {
    let head = String(decoding: bytes.prefix(2048).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self)
      .lowercased()
    for marker in ["encoding=", "charset="] {
      var searchFrom = head.startIndex
      while let found = head.range(of: marker, range: searchFrom..<head.endIndex) {
        searchFrom = found.upperBound
        var rest = head[found.upperBound...].drop(while: { $0 == " " })
        if let quote = rest.first, quote == "\"" || quote == "'" { rest = rest.dropFirst() }
        let name = rest.prefix(while: { $0.isLetter || $0.isNumber || "-_.:".contains($0) })
        if !name.isEmpty, name.count <= 40 { return String(name) }
      }
    }
    return nil
  }

  /// `bytes` converted from `encoding` to a string, or `nil` when the encoding is unknown to
  /// `iconv` or the bytes are not valid in it.
  static func decode(_ bytes: [UInt8], from encoding: String) -> String? {
    let converter = iconv_open("UTF-8", encoding)
    guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
    defer { iconv_close(converter) }
    var input = bytes.map { CChar(bitPattern: $0) }
    var output = [CChar](repeating: 0, count: bytes.count * 4 + 16)
    let converted: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
      output.withUnsafeMutableBufferPointer { outBuffer in
        var inPointer = inBuffer.baseAddress
        var inLeft = inBuffer.count
        var outPointer = outBuffer.baseAddress
        var outLeft = outBuffer.count
        let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
        guard result != -1, inLeft == 0 else { return nil }
        return outBuffer.count - outLeft
      }
    }
    guard let converted else { return nil }
    return String(decoding: output[..<converted].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
