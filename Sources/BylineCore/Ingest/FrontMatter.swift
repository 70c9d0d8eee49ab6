import Foundation

/// The YAML front matter of a Markdown file: only the flat `key: value` lines Byline uses
/// (`title`, `date`, `author`, `url`), values unquoted.
struct FrontMatter {
  /// The values by lower-cased key.
  var values: [String: String] = [:]
  /// The 1-based line of each key in the file.
  var lines: [String: Int] = [:]

  /// Splits `text` into its front matter (when it opens with a `---` line closed by `---` or
  /// `...`) and the rest; `nil` front matter when there is none.
  static func split(_ text: String) -> (frontMatter: FrontMatter?, body: Substring) {
    guard text.hasPrefix("---\n") else { return (nil, Substring(text)) }
    var matter = FrontMatter()
    var rest = text.dropFirst(4)
    var lineNumber = 1
    while !rest.isEmpty {
      lineNumber += 1
      let lineEnd = rest.firstIndex(of: "\n") ?? rest.endIndex
      let line = rest[..<lineEnd]
      rest = lineEnd < rest.endIndex ? rest[rest.index(after: lineEnd)...] : rest[lineEnd...]
      let trimmed = line.trimmingSpace()
      if trimmed == "---" || trimmed == "..." { return (matter, rest) }
      guard let colon = line.firstIndex(of: ":"), line.first?.isWhitespace == false else {
        continue
      }
      let key = line[..<colon].trimmingSpace().lowercased()
      var value = line[line.index(after: colon)...].trimmingSpace()
      if value.count >= 2, let first = value.first, first == "\"" || first == "'",
        value.last == first
      {
        value = String(value.dropFirst().dropLast())
        if first == "\"" { value = value.replacingOccurrences(of: "\\\"", with: "\"") }
        if first == "'" { value = value.replacingOccurrences(of: "''", with: "'") }
      }
      if matter.values[key] == nil {
        matter.values[key] = value
        matter.lines[key] = lineNumber
      }
    }
    // No closing line: not front matter after all.
    return (nil, Substring(text))
  }

  /// The first non-empty value among `keys`.
  func value(_ keys: String...) -> String? {
    for key in keys {
      if let value = values[key], !value.isEmpty { return value }
    }
    return nil
  }
}
