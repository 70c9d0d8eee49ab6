/// Cuts many pieces out of one string by Unicode scalar offsets (as `TextRange`s count them),
/// each in time proportional to its length: the string's UTF-8 bytes and the byte offset of
/// every scalar are worked out once.
struct ScalarSlicer {
  private let bytes: [UInt8]
  /// UTF-8 offset of each scalar, plus one entry for the end.
  private let offsets: [Int32]

  /// A slicer for `text`.
  init(_ text: String) {
    let bytes = Array(text.utf8)
    var offsets: [Int32] = []
    offsets.reserveCapacity(bytes.count + 1)
    for (index, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 {
      offsets.append(Int32(truncatingIfNeeded: index))
    }
    offsets.append(Int32(truncatingIfNeeded: bytes.count))
    self.bytes = bytes
    self.offsets = offsets
  }

  /// The number of scalars.
  var count: Int { offsets.count - 1 }

  /// The text of `range`, clamped to the string.
  func text(_ range: TextRange) -> String {
    let start = min(max(0, range.start), count)
    let end = min(max(start, range.end), count)
    return String(decoding: bytes[Int(offsets[start])..<Int(offsets[end])], as: UTF8.self)
  }
}
