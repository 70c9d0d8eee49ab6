import Foundation

/// A minimal reader for seed-shaped plain text (a date line, the title — possibly repeated —,
/// paragraphs separated by blank lines, an optional trailing "Source link"), used by the library
/// commands and benchmarks until the full format reader is wired in. Any file is read as plain
/// text; control characters other than tab and newline are dropped.
public enum FallbackTextReader {
  /// The error for a file that is not UTF-8 text.
  public struct NotText: Error, CustomStringConvertible {
    /// The file.
    public var path: String
    /// Says what is wrong with which file.
    public var description: String { "\(path): not UTF-8 text" }
  }

  /// The article in the file at `url` (one per file).
  public static func articles(at url: URL) throws -> [Article] {
    let data = try Data(contentsOf: url)
    guard let text = String(data: data, encoding: .utf8) else { throw NotText(path: url.path) }
    return [article(from: text, source: url.path)]
  }

  /// Parses one seed-shaped article.
  public static func article(from text: String, source: String) -> Article {
    let clean =
      text.unicodeScalars.contains(where: { $0 != "\n" && $0 != "\t" && isControl($0) })
      ? String(
        String.UnicodeScalarView(
          text.unicodeScalars.filter { $0 == "\n" || $0 == "\t" || !isControl($0) }))
      : text
    var blocks: [String] = []
    var current: [Substring] = []
    for line in clean.split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = line.trimmingSpaces
      if trimmed.isEmpty {
        if !current.isEmpty { blocks.append(current.joined(separator: "\n")) }
        current = []
      } else {
        current.append(trimmed)
      }
    }
    if !current.isEmpty { blocks.append(current.joined(separator: "\n")) }
    var dateText: String?
    var published: Date?
    if let first = blocks.first, !first.contains("\n"), let date = parseDate(first) {
      dateText = first
      published = date
      blocks.removeFirst()
    }
    let title = blocks.isEmpty ? "" : blocks.removeFirst().replacingOccurrences(of: "\n", with: " ")
    if blocks.first == title { blocks.removeFirst() }
    if blocks.last?.lowercased() == "source link" { blocks.removeLast() }
    let paragraphs = blocks.map { Paragraph(text: $0) }
    let key = ArticleKey(
      identifier: nil, title: title, published: dateText, firstText: blocks.first ?? "")
    return Article(
      key: key, title: title.isEmpty ? (source as NSString).lastPathComponent : title,
      source: source, published: published, paragraphs: paragraphs)
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7f...0x9f).contains(scalar.value)
      || (0x202a...0x202e).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
  }

  private static let months = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
  ]

  /// Parses `Month d, yyyy`, `d Month yyyy` (full or three-letter month names) and
  /// `yyyy-MM-dd`, as midnight UTC.
  static func parseDate(_ text: String) -> Date? {
    guard text.count <= 40 else { return nil }
    let words = text.lowercased().split { $0 == " " || $0 == "," }.map(String.init)
    var year: Int?
    var month: Int?
    var day: Int?
    if words.count == 1 {
      let parts = words[0].split(separator: "-").compactMap { Int($0) }
      guard parts.count == 3 else { return nil }
      (year, month, day) = (parts[0], parts[1], parts[2])
    } else if words.count == 3 {
      for word in words {
        if let number = Int(word) {
          if number > 31 { year = number } else { day = number }
        } else if let index = months.firstIndex(where: {
          $0 == word || (word.count == 3 && $0.hasPrefix(word))
        }) {
          month = index + 1
        }
      }
    }
    guard let year, let month, let day, (1...12).contains(month), (1...31).contains(day),
      (1000...9999).contains(year)
    else { return nil }
    var components = DateComponents()
    components.year = year
    components.month = month
    components.day = day
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    return calendar.date(from: components)
  }
}

extension Substring {
  /// The substring without leading and trailing spaces and tabs.
  fileprivate var trimmingSpaces: Substring {
    var text = self
    while let first = text.first, first == " " || first == "\t" || first == "\r" {
      text.removeFirst()
    }
    while let last = text.last, last == " " || last == "\t" || last == "\r" { text.removeLast() }
    return text
  }
}
