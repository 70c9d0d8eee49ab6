/// A cursor over the bytes of a model file.
struct ModelFileReader {
  let bytes: [UInt8]
  let path: String
  private(set) var offset = 0

  var count: Int { bytes.count }

  init(bytes: [UInt8], path: String) {
    self.bytes = bytes
    self.path = path
  }

  mutating func bytes(_ length: Int) throws(TaggerModelError) -> ArraySlice<UInt8> {
    guard length >= 0, offset + length <= bytes.count else {
      throw .malformed(path: path, offset: offset, reason: "file ends early")
    }
    defer { offset += length }
    return bytes[offset..<(offset + length)]
  }

  /// Reads `count` rows of `u32 index, i8 × tags` into `weights` (the fast path of loading).
  mutating func readRows(_ count: Int, tags: Int, into table: WeightTable)
    throws(TaggerModelError)
  {
    let rowBytes = 4 + tags
    guard count >= 0, offset + count * rowBytes <= bytes.count else {
      throw .malformed(path: path, offset: offset, reason: "file ends early")
    }
    let rows = table.rows
    var bad: Int?
    bytes.withUnsafeBytes { raw in
      var position = offset
      for _ in 0..<count {
        let row = Int(
          UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: position, as: UInt32.self)))
        guard row < rows else {
          bad = position
          return
        }
        for tag in 0..<tags {
          let value = raw.load(fromByteOffset: position + 4 + tag, as: Int8.self)
          table.setWeight(value, row: row, tag: tag)
        }
        position += rowBytes
      }
    }
    if let bad { throw .malformed(path: path, offset: bad, reason: "row out of range") }
    offset += count * rowBytes
  }

  /// Reads `count` little-endian integers of type `T` in one pass.
  mutating func integers<T: FixedWidthInteger>(_ count: Int, as type: T.Type = T.self)
    throws(TaggerModelError) -> [T]
  {
    let size = MemoryLayout<T>.size
    guard count >= 0, count <= (bytes.count - offset) / size else {
      throw .malformed(path: path, offset: offset, reason: "file ends early")
    }
    let start = offset
    let result = bytes.withUnsafeBytes { raw in
      (0..<count).map {
        T(littleEndian: raw.loadUnaligned(fromByteOffset: start + $0 * size, as: T.self))
      }
    }
    offset += count * size
    return result
  }

  mutating func u8() throws(TaggerModelError) -> UInt8 {
    try bytes(1).first ?? 0
  }

  mutating func u16() throws(TaggerModelError) -> UInt16 {
    try bytes(2).reversed().reduce(0) { $0 << 8 | UInt16($1) }
  }

  mutating func u32() throws(TaggerModelError) -> UInt32 {
    try bytes(4).reversed().reduce(0) { $0 << 8 | UInt32($1) }
  }

  mutating func f32() throws(TaggerModelError) -> Float {
    Float(bitPattern: try u32())
  }
}
