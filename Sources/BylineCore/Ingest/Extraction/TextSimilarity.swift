/// How alike two short texts are, as Readability measures titles: the share of the second text's
/// words (by length) that also occur in the first, lower-cased.
enum TextSimilarity {
  /// 1 when every word of `b` is in `a`, 0 when none is.
  static func similarity(_ a: String, _ b: String) -> Double {
    let wordsA = Set(words(a))
    let wordsB = words(b)
    guard !wordsA.isEmpty, !wordsB.isEmpty else { return 0 }
    let unique = wordsB.filter { !wordsA.contains($0) }
    let total = wordsB.joined(separator: " ").count
    guard total > 0 else { return 0 }
    let distance = Double(unique.joined(separator: " ").count) / Double(total)
    return 1 - distance
  }

  /// The lower-cased words of `text`: runs of letters, digits and underscores.
  static func words(_ text: String) -> [String] {
    var result: [String] = []
    var current = ""
    for scalar in text.lowercased().unicodeScalars {
      if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_" {
        current.unicodeScalars.append(scalar)
      } else if !current.isEmpty {
        result.append(current)
        current = ""
      }
    }
    if !current.isEmpty { result.append(current) }
    return result
  }
}
