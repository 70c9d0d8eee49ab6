/// The general entities a feed's DOCTYPE declares in its internal subset
/// (`<!ENTITY eacute "&#233;">`), for ``CharacterReferenceRepair`` to expand. Only plain values
/// are kept (text and numeric character references, no markup and no references to other
/// entities), so expansion is never nested; the bytes expanded in one document are capped, so a
/// million references to a long value cannot blow up memory. Parameter and external entities
/// are ignored.
struct DeclaredEntities {
  /// The expansion of each usable declaration, ready to copy into XML text or attributes.
  private var values: [String: [UInt8]] = [:]
  /// Bytes that may still be expanded.
  private var budget: Int

  /// No declarations yet; at most `budget` bytes will be expanded.
  init(budget: Int) {
    self.budget = budget
  }

  /// The expansion of `name`, or `nil` when it is not declared or the budget is spent.
  mutating func expand(_ name: String) -> [UInt8]? {
    guard let value = values[name], value.count <= budget else { return nil }
    budget -= value.count
    return value
  }

  /// Reads the declarations in a DOCTYPE (`<!DOCTYPE … [ … ]>`). The first declaration of a name
  /// wins, as in XML; at most 10,000 are kept.
  mutating func read(_ doctype: ArraySlice<UInt8>) {
    let marker = Array("<!ENTITY".utf8)
    var index = doctype.startIndex
    while index < doctype.endIndex, values.count < 10_000 {
      guard doctype[index] == UInt8(ascii: "<"), doctype[index...].starts(with: marker) else {
        index += 1
        continue
      }
      index += marker.count
      index = skipSpace(doctype, from: index)
      guard index < doctype.endIndex, doctype[index] != UInt8(ascii: "%") else { continue }
      let nameStart = index
      while index < doctype.endIndex, isNameByte(doctype[index]) { index += 1 }
      let name = String(decoding: doctype[nameStart..<index], as: UTF8.self)
      index = skipSpace(doctype, from: index)
      guard !name.isEmpty, index < doctype.endIndex,
        doctype[index] == UInt8(ascii: "\"") || doctype[index] == UInt8(ascii: "'")
      else { continue }
      let quote = doctype[index]
      let valueStart = index + 1
      var valueEnd = valueStart
      while valueEnd < doctype.endIndex, doctype[valueEnd] != quote { valueEnd += 1 }
      index = valueEnd
      if values[name] == nil, let value = Self.plainValue(doctype[valueStart..<valueEnd]) {
        values[name] = value
      }
    }
  }

  /// `value` made safe to copy into text and attributes, or `nil` when it holds markup or a
  /// reference to another entity.
  private static func plainValue(_ value: ArraySlice<UInt8>) -> [UInt8]? {
    var out: [UInt8] = []
    var index = value.startIndex
    while index < value.endIndex {
      let byte = value[index]
      switch byte {
      case UInt8(ascii: "<"): return nil
      case UInt8(ascii: "&"):
        // Only a numeric character reference: `&#` digits `;` or `&#x` hex digits `;`.
        var end = index + 1
        guard end < value.endIndex, value[end] == UInt8(ascii: "#") else { return nil }
        end += 1
        while end < value.endIndex, end - index < 12, isNameByte(value[end]) { end += 1 }
        guard end < value.endIndex, value[end] == UInt8(ascii: ";"), end > index + 2 else {
          return nil
        }
        out.append(contentsOf: value[index...end])
        index = end + 1
        continue
      case UInt8(ascii: "\""): out.append(contentsOf: Array("&#x22;".utf8))
      case UInt8(ascii: "'"): out.append(contentsOf: Array("&#x27;".utf8))
      case UInt8(ascii: ">"): out.append(contentsOf: Array("&#x3E;".utf8))
      default: out.append(byte)
      }
      index += 1
    }
    return out
  }

  private func skipSpace(_ bytes: ArraySlice<UInt8>, from start: Int) -> Int {
    var index = start
    while index < bytes.endIndex,
      bytes[index] == 0x20 || bytes[index] == 0x09
        || bytes[index] == 0x0A || bytes[index] == 0x0D
    {
      index += 1
    }
    return index
  }

  private static func isNameByte(_ byte: UInt8) -> Bool {
    (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
      || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
  }

  private func isNameByte(_ byte: UInt8) -> Bool { Self.isNameByte(byte) }
}
