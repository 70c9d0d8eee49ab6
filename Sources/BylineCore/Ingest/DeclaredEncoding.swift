/// Reads the character encoding a document declares about itself (an XML declaration's
/// `encoding="…"`, or an HTML `<meta charset="…">` / `content="text/html; charset=…"`), and
/// converts bytes from it with the C library's `iconv` under any IANA name or alias it knows, so
/// a Korean page in EUC-KR or a Japanese feed in Shift_JIS reads correctly. Labels for
/// ISO-8859-1 and US-ASCII read as Windows-1252, as browsers do.
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
        let name = rest.prefix(while: { $0.isLetter || $0.isNumber || "-_.:()+".contains($0) })
        if !name.isEmpty, name.count <= 40 { return String(name) }
      }
    }
    return nil
  }

  /// `bytes` converted from `encoding` (bytes invalid in it become U+FFFD), or `nil` when no
  /// name `iconv` knows matches the label.
  static func decode(_ bytes: [UInt8], from encoding: String) -> Iconv.Decoded? {
    guard let name = iconvName(for: encoding) else { return nil }
    if readsAsWindows1252(name) {
      return Iconv.Decoded(text: Windows1252.decode(bytes), replaced: 0)
    }
    return Iconv.decode(bytes, from: name)
  }

  /// The name to give `iconv` for the label `label`: the label itself when `iconv` knows it
  /// (glibc knows most IANA names and aliases, case-insensitively), else the label without a
  /// WHATWG `x-` or IANA `cs` prefix, else the few IANA and WHATWG labels glibc lacks.
  static func iconvName(for label: String) -> String? {
    let trimmed = label.trimmingSpace().lowercased()
    guard !trimmed.isEmpty, trimmed.count <= 40, !trimmed.contains("/") else { return nil }
    var candidates = [trimmed]
    for prefix in ["x-", "cs"] where trimmed.hasPrefix(prefix) {
      candidates.append(String(trimmed.dropFirst(prefix.count)))
    }
    if let alias = labelsGlibcLacks[trimmed] { candidates.append(alias) }
    return candidates.first(where: Iconv.knows)
  }

  /// IANA and WHATWG labels glibc's `iconv` does not accept, and the character set to read them
  /// as (the WHATWG Encoding Standard's choice).
  private static let labelsGlibcLacks: [String: String] = [
    "ks_c_5601-1987": "CP949", "ks_c_5601-1989": "CP949", "ksc5601": "CP949",
    "ksc_5601": "CP949", "csksc56011987": "CP949", "windows-949": "CP949",
    "iso-8859-6-e": "ISO-8859-6", "iso-8859-6-i": "ISO-8859-6", "csiso88596e": "ISO-8859-6",
    "csiso88596i": "ISO-8859-6", "iso-8859-8-e": "ISO-8859-8", "iso-8859-8-i": "ISO-8859-8",
    "csiso88598e": "ISO-8859-8", "csiso88598i": "ISO-8859-8", "logical": "ISO-8859-8",
    "visual": "ISO-8859-8", "x-mac-roman": "MACINTOSH", "mac": "MACINTOSH",
    "x-mac-cyrillic": "MAC-CYRILLIC", "x-mac-ukrainian": "MAC-UK",
    "unicode-1-1-utf-8": "UTF-8", "unicode11utf8": "UTF-8", "unicode20utf8": "UTF-8",
    "x-unicode20utf8": "UTF-8", "utf-16": "UTF-16LE", "unicode": "UTF-16LE",
    "csunicode": "UTF-16LE", "ucs-2": "UTF-16LE", "iso-10646-ucs-2": "UTF-16LE",
    "unicodefeff": "UTF-16LE", "unicodefffe": "UTF-16BE", "x-x-big5": "BIG5",
    "cn-big5": "BIG5", "x-gbk": "GBK", "x-euc-jp": "EUC-JP", "x-sjis": "SHIFT_JIS",
    "ms932": "CP932", "windows-31j": "CP932", "csshiftjis": "SHIFT_JIS",
  ]

  /// Whether documents in the character set `name` read as Windows-1252: ISO-8859-1 and US-ASCII
  /// under any of their aliases (found by asking `iconv` how they decode, not by a list).
  static func readsAsWindows1252(_ name: String) -> Bool {
    let high = Array(UInt8(0xA0)...UInt8(0xFF))
    if let decoded = Iconv.decode(high, from: name), decoded.replaced == 0,
      decoded.text.unicodeScalars.elementsEqual(high.map { Unicode.Scalar($0) })
    {
      // ISO-8859-1 (or Windows-1252 itself): 0xA0–0xFF are U+00A0–U+00FF.
      return true
    }
    // ASCII bytes (escapes and `+` included, unlike ISO-2022 and UTF-7) read as themselves.
    let probe = "Az09 \u{1B}$B+AGE-~{"
    guard let ascii = Iconv.decode(Array(probe.utf8), from: name), ascii.text == probe,
      ascii.replaced == 0
    else { return false }
    // US-ASCII: every byte from 0x80 on is invalid, alone and in pairs.
    let pairs = Iconv.decode([0xC3, 0xA9, 0xA1, 0xA1, 0x8E, 0xA1, 0xE9], from: name)
    return pairs?.replaced == 7
  }
}
