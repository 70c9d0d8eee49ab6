import BylineCore

/// Case-insensitive search that reports matches in Unicode scalar offsets.
enum TextSearch {
  /// `text` as lower-cased scalar values, one per scalar of the original, so offsets agree.
  static func folded(_ text: String) -> [UInt32] {
    text.unicodeScalars.map { scalar in
      let lower = scalar.properties.lowercaseMapping.unicodeScalars
      return lower.count == 1 ? (lower.first?.value ?? scalar.value) : scalar.value
    }
  }

  /// The non-overlapping ranges where `needle` (already folded) occurs in `text`.
  static func ranges(of needle: [UInt32], in text: String) -> [TextRange] {
    guard !needle.isEmpty else { return [] }
    let haystack = folded(text)
    guard haystack.count >= needle.count else { return [] }
    var result: [TextRange] = []
    var index = 0
    let first = needle[0]
    while index + needle.count <= haystack.count {
      if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) {
        result.append(TextRange(start: index, end: index + needle.count))
        index += needle.count
      } else {
        index += 1
      }
    }
    return result
  }
}
