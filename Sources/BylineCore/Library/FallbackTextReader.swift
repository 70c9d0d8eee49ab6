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
    let clean = String(
      String.UnicodeScalarView(
        text.unicodeScalars.filter { $0 == "\n" || $0 == "\t" || !isControl($0) }))
    var blocks = clean.replacingOccurrences(of: "\r\n", with: "\n")
      .components(separatedBy: "\n\n")
      .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
      .filter { !$0.isEmpty }
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

  private static let formats = ["MMMM d, yyyy", "yyyy-MM-dd", "d MMMM yyyy", "MMM d, yyyy"]

  private static func parseDate(_ text: String) -> Date? {
    guard text.count <= 40 else { return nil }
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    for format in formats {
      formatter.dateFormat = format
      if let date = formatter.date(from: text) { return date }
    }
    return nil
  }
}
