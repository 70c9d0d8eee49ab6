/// The article's title from a page's `<title>`, as Readability reads it: the site's name after
/// (or before) a separator (" | Site", " - Site", " » Site") is taken off; a title with ": " is
/// cut after the colon unless a heading repeats it; a title too short or too long is replaced by
/// the page's only `h1`.
enum PageTitle {
  private static let separators: Set<Character> = ["|", "-", "–", "—", "\\", "/", ">", "»"]
  private static let hierarchical: Set<Character> = ["\\", "/", ">", "»"]

  /// `title` with the site's name removed.
  static func clean(_ title: String, headings: [(level: Int, text: String)]) -> String {
    let original = title.trimmingSpace()
    var current = original
    var hadHierarchical = false
    let characters = Array(original)
    // Separators surrounded by spaces: " | ", " - ", …
    var found: [Int] = []
    if characters.count >= 3 {
      for offset in 1..<(characters.count - 1)
      where separators.contains(characters[offset]) && characters[offset - 1] == " "
        && characters[offset + 1] == " "
      {
        found.append(offset)
      }
    }
    if let last = found.last {
      hadHierarchical = found.contains { hierarchical.contains(characters[$0]) }
      current = String(characters[..<(last - 1)])
      if wordCount(current) < 3, let first = found.first {
        current = String(characters[(first + 1)...])
      }
    } else if original.contains(": ") {
      let matchesHeading = headings.contains { $0.text.trimmingSpace() == original }
      if !matchesHeading, let lastColon = characters.lastIndex(of: ":"),
        let firstColon = characters.firstIndex(of: ":")
      {
        current = String(characters[(lastColon + 1)...])
        if wordCount(current) < 3 {
          current = String(characters[(firstColon + 1)...])
        } else if wordCount(String(characters[..<firstColon])) > 5 {
          current = original
        }
      }
    } else if characters.count > 150 || characters.count < 15 {
      let ones = headings.filter { $0.level == 1 }
      if ones.count == 1 { current = ones[0].text }
    }
    current = TextSanitizer.collapseWhitespace(current)
    let words = wordCount(current)
    let withoutSeparators = String(original.filter { !separators.contains($0) })
    if words <= 4, !hadHierarchical || words != wordCount(withoutSeparators) - 1 {
      current = original
    }
    return current
  }

  /// The number of white-space separated words.
  static func wordCount(_ text: String) -> Int {
    text.split(whereSeparator: { $0.isWhitespace }).count
  }
}
