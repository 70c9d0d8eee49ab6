/// Stable 64-bit hashing for tagger features (the same on every run and platform, so a trained
/// model's hashed feature table keeps its meaning).
enum FeatureHash {
  /// The FNV-1a offset basis: the hash of nothing.
  static let empty: UInt64 = 0xcbf2_9ce4_8422_2325

  /// FNV-1a of `bytes`.
  @inline(__always)
  static func of<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
    var hash = empty
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
    return hash
  }

  /// FNV-1a of one more byte.
  @inline(__always)
  static func adding(_ byte: UInt8, to hash: UInt64) -> UInt64 {
    (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
  }

  /// Combines two hashes into one, order-sensitively.
  @inline(__always)
  static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
    var hash = a ^ (b &+ 0x9e37_79b9_7f4a_7c15 &+ (a << 6) &+ (a >> 2))
    hash ^= hash >> 31
    hash &*= 0xbf58_476d_1ce4_e5b9
    hash ^= hash >> 29
    return hash
  }
}
