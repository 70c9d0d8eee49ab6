/// Windows-1252 as browsers read it (the WHATWG Encoding Standard): the encoding used for
/// documents labelled ISO-8859-1 or US-ASCII, and for `&#128;`–`&#159;` references, so curly
/// quotes and dashes written by Windows software are not lost. The mapping of bytes 0x80–0x9F is
/// asked of `iconv` once; the five bytes Windows-1252 leaves unassigned stay the C1 controls
/// they are in ISO-8859-1 (and are removed later by the sanitiser).
enum Windows1252 {
  /// The character byte or code point `value` (0x80–0x9F) stands for in Windows-1252.
  static func scalar(forC1 value: UInt32) -> Unicode.Scalar? {
    guard value >= 0x80, value < 0xA0 else { return Unicode.Scalar(value) }
    return high[Int(value - 0x80)]
  }

  /// Decodes `bytes` as Windows-1252.
  static func decode(_ bytes: some Sequence<UInt8>) -> String {
    var scalars = String.UnicodeScalarView()
    for byte in bytes {
      if byte >= 0x80, byte < 0xA0 {
        scalars.append(high[Int(byte - 0x80)])
      } else {
        scalars.append(Unicode.Scalar(byte))
      }
    }
    return String(scalars)
  }

  /// What bytes 0x80–0x9F decode to, asked of `iconv`.
  private static let high: [Unicode.Scalar] = (0x80..<0xA0).map { (byte: UInt8) in
    let fallback = Unicode.Scalar(byte)
    guard let decoded = Iconv.decode([byte], from: "WINDOWS-1252"), decoded.replaced == 0,
      decoded.text.unicodeScalars.count == 1, let scalar = decoded.text.unicodeScalars.first
    else { return fallback }
    return scalar
  }
}
