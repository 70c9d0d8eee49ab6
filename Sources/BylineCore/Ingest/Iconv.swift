#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Character set conversion by the C library's `iconv` (glibc's on Linux), which knows the IANA
/// names and aliases of several hundred character sets.
enum Iconv {
  /// The result of converting bytes to text.
  struct Decoded {
    /// The text; bytes not valid in the character set became U+FFFD.
    var text: String
    /// How many times a replacement character was put in for invalid or truncated input.
    var replaced: Int
  }

  /// Whether `iconv` can convert from the character set named `name`.
  static func knows(_ name: String) -> Bool {
    guard !name.isEmpty, let converter = open(name) else { return false }
    iconv_close(converter)
    return true
  }

  /// `bytes` converted from the character set `name` to text, or `nil` when `iconv` does not know
  /// the name. Invalid or truncated sequences become U+FFFD, one for each byte skipped.
  static func decode(_ bytes: [UInt8], from name: String) -> Decoded? {
    guard let converter = open(name) else { return nil }
    defer { iconv_close(converter) }
    guard !bytes.isEmpty else { return Decoded(text: "", replaced: 0) }
    var capacity = bytes.count * 4 + 16
    var output = UnsafeMutablePointer<CChar>.allocate(capacity: capacity)
    defer { output.deallocate() }
    var produced = 0
    var replaced = 0
    var input = bytes.map { CChar(bitPattern: $0) }
    input.withUnsafeMutableBufferPointer { inBuffer in
      var inPointer = inBuffer.baseAddress
      var inLeft = inBuffer.count
      var flushed = false
      while !flushed {
        var outPointer: UnsafeMutablePointer<CChar>? = output + produced
        var outLeft = capacity - produced
        let isFlush = inLeft == 0
        let result =
          isFlush
          ? iconv(converter, nil, nil, &outPointer, &outLeft)
          : iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
        let failure = result == -1 ? errno : 0
        produced = capacity - outLeft
        if failure == E2BIG || capacity - produced < 8 {
          let grown = UnsafeMutablePointer<CChar>.allocate(capacity: capacity * 2)
          grown.update(from: output, count: produced)
          output.deallocate()
          output = grown
          capacity *= 2
          continue
        }
        if result == -1, inLeft > 0 {
          // EILSEQ or EINVAL: an invalid or truncated sequence; skip one byte.
          for byte: UInt8 in [0xEF, 0xBF, 0xBD] {
            output[produced] = CChar(bitPattern: byte)
            produced += 1
          }
          replaced += 1
          inPointer = inPointer.map { $0 + 1 }
          inLeft -= 1
          continue
        }
        flushed = isFlush
      }
    }
    let text = UnsafeRawBufferPointer(start: output, count: produced)
    return Decoded(text: String(decoding: text, as: UTF8.self), replaced: replaced)
  }

  private static func open(_ name: String) -> iconv_t? {
    let converter = iconv_open("UTF-8", name)
    guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
    return converter
  }
}
