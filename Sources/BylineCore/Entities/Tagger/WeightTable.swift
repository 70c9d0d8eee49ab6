/// The model's hashed weight table in memory: one 16-byte row of signed 8-bit weights per hashed
/// feature (the first ``TagSet/count`` are used, the rest are zero), aligned so that a row never
/// straddles a cache line; scoring a feature is one memory access and one vector add.
///
/// A class only because it owns aligned memory; it is never changed after it is filled, which
/// is what makes sharing it across threads safe.
final class WeightTable: @unchecked Sendable {
  /// Bytes per row in memory (tags plus padding).
  static let stride = 16
  /// The number of rows.
  let rows: Int
  private let base: UnsafeMutableRawPointer

  /// A table of `rows` rows, all zero.
  init(rows: Int) {
    self.rows = rows
    let bytes = max(rows * Self.stride, 64)
    base = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 64)
    base.initializeMemory(as: UInt8.self, repeating: 0, count: bytes)
  }

  deinit {
    base.deallocate()
  }

  /// The weights of a row as a vector (lanes past the tag count are zero).
  @inline(__always)
  func row(_ row: Int) -> SIMD16<Int8> {
    base.load(fromByteOffset: row &* Self.stride, as: SIMD16<Int8>.self)
  }

  /// One weight.
  func weight(row: Int, tag: Int) -> Int8 {
    base.load(fromByteOffset: row * Self.stride + tag, as: Int8.self)
  }

  /// Sets one weight; only while the table is being filled, before it is shared.
  func setWeight(_ value: Int8, row: Int, tag: Int) {
    base.storeBytes(of: value, toByteOffset: row * Self.stride + tag, as: Int8.self)
  }
}
