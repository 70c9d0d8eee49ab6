/// The compact text form of a paragraph's entity spans kept in `paragraphs.entities`:
/// `start,end,KIND,entity` joined by `;`, where `entity` is the `entities.rowid` (empty when the
/// span is not linked). Faster to write and smaller than JSON; the IDs are resolved on reading.
enum EntitySpanCoding {
  /// One decoded span, with the entity's row ID instead of its ID.
  struct Span: Equatable {
    var range: TextRange
    var kind: EntityKind
    var entityRowID: Int64?
  }

  /// Encodes spans, looking up each span's entity row ID; `nil` for no spans.
  /// (Written byte by byte: the indexer's writer encodes millions of spans.)
  static func encode(_ spans: [EntitySpan], rowID: (String) -> Int64?) -> String? {
    guard !spans.isEmpty else { return nil }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(spans.count * 20)
    for (index, span) in spans.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ";")) }
      appendDecimal(Int64(span.range.start), to: &bytes)
      bytes.append(UInt8(ascii: ","))
      appendDecimal(Int64(span.range.end), to: &bytes)
      bytes.append(UInt8(ascii: ","))
      bytes.append(contentsOf: span.kind.code.utf8)
      bytes.append(UInt8(ascii: ","))
      if let id = span.entityID, let row = rowID(id) { appendDecimal(row, to: &bytes) }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Encodes decoded spans again (with their row IDs); `nil` for no spans.
  static func encode(_ spans: [Span]) -> String? {
    guard !spans.isEmpty else { return nil }
    var bytes: [UInt8] = []
    for (index, span) in spans.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ";")) }
      appendDecimal(Int64(span.range.start), to: &bytes)
      bytes.append(UInt8(ascii: ","))
      appendDecimal(Int64(span.range.end), to: &bytes)
      bytes.append(UInt8(ascii: ","))
      bytes.append(contentsOf: span.kind.code.utf8)
      bytes.append(UInt8(ascii: ","))
      if let row = span.entityRowID { appendDecimal(row, to: &bytes) }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends `value` in decimal ASCII digits (with a minus sign when negative).
  private static func appendDecimal(_ value: Int64, to bytes: inout [UInt8]) {
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    let start = bytes.count
    repeat {
      bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
      magnitude /= 10
    } while magnitude > 0
    bytes[start...].reverse()
  }

  /// Decodes the stored form; malformed parts are skipped.
  static func decode(_ text: String?) -> [Span] {
    guard let text, !text.isEmpty else { return [] }
    return text.split(separator: ";").compactMap { part in
      let fields = part.split(separator: ",", omittingEmptySubsequences: false)
      guard fields.count == 4, let start = Int(fields[0]), let end = Int(fields[1]),
        let kind = EntityKind(code: String(fields[2]))
      else { return nil }
      return Span(
        range: TextRange(start: start, end: end), kind: kind, entityRowID: Int64(fields[3]))
    }
  }
}
