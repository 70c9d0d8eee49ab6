/// The 64-bit FNV-1a hash: small, fast and stable across runs and platforms (unlike `Hasher`),
/// used wherever Byline stores a hash.
struct FNV1a64: Sendable {
  private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

  mutating func combine(_ text: String) {
    for byte in text.utf8 { combine(byte) }
  }

  mutating func combine<S: Sequence>(bytes: S) where S.Element == UInt8 {
    for byte in bytes { combine(byte) }
  }

  @inline(__always)
  mutating func combine(_ byte: UInt8) {
    value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
  }

  /// The hash as 16 lower-case hexadecimal digits.
  var hexDigest: String {
    let hex = String(value, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
