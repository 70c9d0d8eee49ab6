import Foundation

/// The model file format (little-endian):
///
///     "BYLNNER1"  u32 version  u32 bucketBits  u32 tagCount  f32 scale
///     f32 × tagCount start scores      f32 × tagCount² transition scores
///     u32 metadata length, UTF-8 metadata
///     u32 gazetteer entries, each: u8 category, u16 length, UTF-8 name
///     u32 non-zero rows, each: u32 row index, i16 × tagCount weights
extension TaggerModel {
  private static let magic = Array("BYLNNER1".utf8)
  private static let version: UInt32 = 1

  /// Reads a model file written by ``write(to:)``.
  public init(contentsOf url: URL) throws(TaggerModelError) {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw .unreadable(path: url.path, reason: error.localizedDescription)
    }
    try self.init(data: data, path: url.path)
  }

  /// Reads a model from the bytes of a model file; `path` names it in errors.
  init(data: Data, path: String) throws(TaggerModelError) {
    var reader = ModelFileReader(bytes: [UInt8](data), path: path)
    guard Array(try reader.bytes(Self.magic.count)) == Self.magic else {
      throw .malformed(path: path, offset: 0, reason: "wrong magic number")
    }
    let version = try reader.u32()
    guard version == Self.version else {
      throw .malformed(path: path, offset: 8, reason: "unsupported version \(version)")
    }
    let bits = Int(try reader.u32())
    let tags = Int(try reader.u32())
    guard (10...24).contains(bits), tags == TagSet.count else {
      throw .malformed(path: path, offset: 12, reason: "unexpected table size")
    }
    let scale = try reader.f32()
    var start: [Float] = []
    for _ in 0..<tags { start.append(try reader.f32()) }
    var transitions: [Float] = []
    for _ in 0..<(tags * tags) { transitions.append(try reader.f32()) }
    let metadata = String(decoding: try reader.bytes(Int(try reader.u32())), as: UTF8.self)
    var entries: [Gazetteer.Entry] = []
    for _ in 0..<Int(try reader.u32()) {
      let offset = reader.offset
      guard let category = Gazetteer.Category(rawValue: try reader.u8()) else {
        throw .malformed(path: path, offset: offset, reason: "unknown gazetteer category")
      }
      let name = String(decoding: try reader.bytes(Int(try reader.u16())), as: UTF8.self)
      entries.append(Gazetteer.Entry(category: category, name: name))
    }
    let rows = 1 << bits
    var weights = [Int16](repeating: 0, count: rows * tags)
    let rowCount = Int(try reader.u32())
    try reader.readRows(rowCount, tags: tags, into: &weights)
    guard reader.offset == reader.count else {
      throw .malformed(path: path, offset: reader.offset, reason: "trailing bytes")
    }
    self.init(
      bucketBits: bits, weights: weights, scale: scale, start: start, transitions: transitions,
      gazetteer: Gazetteer(entries: entries), metadata: metadata)
  }

  /// Writes the model (only non-zero rows of the table are stored).
  public func write(to url: URL) throws(TaggerModelError) {
    var out: [UInt8] = Self.magic
    func u32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { out += $0 } }
    func f32(_ value: Float) { u32(value.bitPattern) }
    u32(Self.version)
    u32(UInt32(bucketBits))
    u32(UInt32(TagSet.count))
    f32(scale)
    decoder.start.forEach(f32)
    decoder.transitions.forEach(f32)
    u32(UInt32(metadata.utf8.count))
    out += metadata.utf8
    u32(UInt32(gazetteer.entries.count))
    for entry in gazetteer.entries {
      out.append(entry.category.rawValue)
      let name = Array(entry.name.utf8.prefix(Int(UInt16.max)))
      withUnsafeBytes(of: UInt16(name.count).littleEndian) { out += $0 }
      out += name
    }
    let tags = TagSet.count
    var rows: [Int] = []
    for row in 0..<(weights.count / tags)
    where (0..<tags).contains(where: { weights[row * tags + $0] != 0 }) {
      rows.append(row)
    }
    u32(UInt32(rows.count))
    for row in rows {
      u32(UInt32(row))
      for tag in 0..<tags {
        withUnsafeBytes(of: weights[row * tags + tag].littleEndian) { out += $0 }
      }
    }
    do {
      try Data(out).write(to: url, options: .atomic)
    } catch {
      throw .unreadable(path: url.path, reason: error.localizedDescription)
    }
  }
}

/// A cursor over the bytes of a model file.
private struct ModelFileReader {
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

  /// Reads `count` rows of `u32 index, i16 × tags` into `weights` (the fast path of loading).
  mutating func readRows(_ count: Int, tags: Int, into weights: inout [Int16])
    throws(TaggerModelError)
  {
    let rowBytes = 4 + 2 * tags
    guard count >= 0, offset + count * rowBytes <= bytes.count else {
      throw .malformed(path: path, offset: offset, reason: "file ends early")
    }
    let rows = weights.count / tags
    var bad: Int?
    bytes.withUnsafeBytes { raw in
      weights.withUnsafeMutableBufferPointer { table in
        var position = offset
        for _ in 0..<count {
          let row = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: position, as: UInt32.self)))
          guard row < rows else {
            bad = position
            return
          }
          for tag in 0..<tags {
            table[row * tags + tag] = Int16(
              littleEndian: raw.loadUnaligned(fromByteOffset: position + 4 + 2 * tag, as: Int16.self))
          }
          position += rowBytes
        }
      }
    }
    if let bad { throw .malformed(path: path, offset: bad, reason: "row out of range") }
    offset += count * rowBytes
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

  mutating func i16() throws(TaggerModelError) -> Int16 {
    Int16(bitPattern: try u16())
  }

  mutating func f32() throws(TaggerModelError) -> Float {
    Float(bitPattern: try u32())
  }
}
