import Foundation

/// The model file format (little-endian):
///
///     "BYLNNER1"  u32 version  (version 4 only) u32 feature groups
///     u32 bucketBits  u32 tagCount  f32 scale
///     f32 × tagCount start scores      f32 × tagCount² transition scores
///     u32 metadata length, UTF-8 metadata
///     u32 gazetteer entries, each: u8 category, u16 length, UTF-8 name
///     (version 3 only) u32 the most tokens in a name, u32 slots (a power of two),
///     u64 × slots gazetteer keys, u16 × slots gazetteer values (the lookup table, so loading
///     does not rebuild it from the entries)
///     u32 non-zero rows, each: u32 row index, i8 × tagCount weights
///
/// Version 2 models were trained without the features of version 3 (see
/// ``FeatureGroups/extended``), and version 3 models without the document features of version 4
/// (whose files record their ``FeatureGroups``); they still load and tag as they always did.
extension TaggerModel {
  private static let magic = Array("BYLNNER1".utf8)
  private static let version: UInt32 = 4
  private static let versions: ClosedRange<UInt32> = 2...4

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
    guard Self.versions.contains(version) else {
      throw .malformed(path: path, offset: 8, reason: "unsupported version \(version)")
    }
    let groupsOffset = reader.offset
    let groups: FeatureGroups =
      switch version {
      case 2: .version2
      case 3: .version3
      default: FeatureGroups(rawValue: try reader.u32())
      }
    guard FeatureGroups.current.isSuperset(of: groups) else {
      throw .malformed(path: path, offset: groupsOffset, reason: "unknown feature groups")
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
    let gazetteer: Gazetteer
    if version >= 3 {
      let maxTokens = Int(try reader.u32())
      let tableOffset = reader.offset
      let slots = Int(try reader.u32())
      guard
        let lookup = HashedMap<UInt16>(
          keys: try reader.integers(slots), values: try reader.integers(slots))
      else {
        throw .malformed(path: path, offset: tableOffset, reason: "bad gazetteer table")
      }
      gazetteer = Gazetteer(entries: entries, table: lookup, maxTokens: maxTokens)
    } else {
      gazetteer = Gazetteer(entries: entries)
    }
    let table = WeightTable(rows: 1 << bits)
    let rowCount = Int(try reader.u32())
    try reader.readRows(rowCount, tags: tags, into: table)
    guard reader.offset == reader.count else {
      throw .malformed(path: path, offset: reader.offset, reason: "trailing bytes")
    }
    self.init(
      bucketBits: bits, table: table, scale: scale, start: start, transitions: transitions,
      gazetteer: gazetteer, metadata: metadata, groups: groups)
  }

  /// Writes the model (only non-zero rows of the table are stored).
  package func write(to url: URL) throws(TaggerModelError) {
    var out: [UInt8] = Self.magic
    func u32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { out += $0 } }
    func f32(_ value: Float) { u32(value.bitPattern) }
    let groups = extractor.groups
    let version: UInt32 =
      switch groups {
      case .version2: 2
      case .version3: 3
      default: Self.version
      }
    u32(version)
    if version >= 4 { u32(groups.rawValue) }
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
    if version >= 3 {
      let stored = gazetteer.storedTable
      u32(UInt32(stored.maxTokens))
      let slots = stored.table.slots
      u32(UInt32(slots.keys.count))
      for key in slots.keys { withUnsafeBytes(of: key.littleEndian) { out += $0 } }
      for value in slots.values { withUnsafeBytes(of: value.littleEndian) { out += $0 } }
    }
    let tags = TagSet.count
    var rows: [Int] = []
    for row in 0..<table.rows where table.row(row) != SIMD16() { rows.append(row) }
    u32(UInt32(rows.count))
    for row in rows {
      u32(UInt32(row))
      for tag in 0..<tags {
        out.append(UInt8(bitPattern: table.weight(row: row, tag: tag)))
      }
    }
    do {
      try Data(out).write(to: url, options: .atomic)
    } catch {
      throw .unreadable(path: url.path, reason: error.localizedDescription)
    }
  }
}
