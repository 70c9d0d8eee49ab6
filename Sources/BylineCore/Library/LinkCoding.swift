import Foundation

/// How the library stores each paragraph's links: a JSON array of `{"range": …, "url": …}`,
/// where a link whose target is the same as the previous link's in the article leaves `url`
/// out.
///
/// One `<a>` around many blocks gives each paragraph a link with the same target; writing it
/// once per link rather than once per paragraph keeps the library linear in the input (issue 17:
/// a 1 MB `href` over 3,000 paragraphs made a 3 GB library). Rows written before, with every
/// `url` present, read the same.
enum LinkCoding {
  private struct Stored: Codable {
    var range: TextRange
    var url: String?
  }

  /// Each paragraph's links as JSON, or `nil` when it has none.
  static func encode(_ paragraphs: [Paragraph]) -> [String?] {
    guard paragraphs.contains(where: { !$0.links.isEmpty }) else {
      return Array(repeating: nil, count: paragraphs.count)
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    var previousURL: String?
    return paragraphs.map { paragraph in
      guard !paragraph.links.isEmpty else { return nil }
      let stored = paragraph.links.map { link in
        defer { previousURL = link.url }
        return Stored(range: link.range, url: link.url == previousURL ? nil : link.url)
      }
      guard let data = try? encoder.encode(stored) else { return nil }
      return String(decoding: data, as: UTF8.self)
    }
  }

  /// The links of each stored paragraph, in article order (a `url` left out is the previous
  /// link's, the same string shared, not copied).
  static func decode(_ rows: [String?]) -> [[Link]] {
    let decoder = JSONDecoder()
    var previousURL: String?
    return rows.map { json in
      guard let json, let stored = try? decoder.decode([Stored].self, from: Data(json.utf8))
      else { return [] }
      return stored.compactMap { link in
        guard let url = link.url ?? previousURL else { return nil }
        previousURL = url
        return Link(range: link.range, url: url)
      }
    }
  }
}
