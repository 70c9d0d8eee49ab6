/// A map from 64-bit hashes to bytes (see ``HashedMap``).
typealias HashedByteMap = HashedMap<UInt8>

/// A small open-addressing map from 64-bit hashes to bit sets, for the tagger's hot lookups
/// (gazetteer, document facts, rule words). The keys are already hashes, so no further hashing
/// (unlike `Dictionary`, which runs SipHash on every lookup).
struct HashedMap<Value: FixedWidthInteger & Sendable>: Sendable {
  private var keys: [UInt64]
  private var values: [Value]
  private var mask: Int
  private var shift: UInt64
  private(set) var count = 0

  /// An empty map with room for about `capacity` keys before it grows.
  init(capacity: Int = 16) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    keys = [UInt64](repeating: 0, count: size)
    values = [Value](repeating: 0, count: size)
    mask = size - 1
    shift = UInt64(64 - size.trailingZeroBitCount)
  }

  /// A map made from the slots of another (``slots``), as stored in a model file; `nil` when
  /// they cannot be a map's (not the same non-zero power-of-two length, or too full).
  init?(keys: [UInt64], values: [Value]) {
    let size = keys.count
    guard size >= 16, size & (size - 1) == 0, values.count == size else { return nil }
    let used = keys.count { $0 != 0 }
    guard used * 2 <= size else { return nil }
    self.keys = keys
    self.values = values
    mask = size - 1
    shift = UInt64(64 - size.trailingZeroBitCount)
    count = used
  }

  /// The slots, to store the map as it is (see ``init(keys:values:)``).
  var slots: (keys: [UInt64], values: [Value]) { (keys, values) }

  /// Key 0 marks an empty slot, so it is stored as 1.
  @inline(__always)
  private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

  @inline(__always)
  private func slot(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9e37_79b9_7f4a_7c15) >> shift)
  }

  /// The value for `key`, or `nil`.
  @inline(__always)
  subscript(key: UInt64) -> Value? {
    let key = Self.stored(key)
    var index = slot(key)
    while true {
      let found = keys[index]
      if found == key { return values[index] }
      if found == 0 { return nil }
      index = (index + 1) & mask
    }
  }

  /// ORs `bits` into the value for `key` (inserting it as `bits` when absent).
  mutating func formUnion(_ bits: Value, for key: UInt64) {
    update(key) { $0 | bits }
  }

  /// Sets the value for `key`.
  mutating func set(_ value: Value, for key: UInt64) {
    update(key) { _ in value }
  }

  private mutating func update(_ key: UInt64, _ change: (Value) -> Value) {
    if (count + 1) * 2 > keys.count { grow() }
    let key = Self.stored(key)
    var index = slot(key)
    while true {
      let found = keys[index]
      if found == key {
        values[index] = change(values[index])
        return
      }
      if found == 0 {
        keys[index] = key
        values[index] = change(0)
        count += 1
        return
      }
      index = (index + 1) & mask
    }
  }

  private mutating func grow() {
    var bigger = HashedMap(capacity: keys.count)
    for (key, value) in zip(keys, values) where key != 0 { bigger.set(value, for: key) }
    self = bigger
  }
}
