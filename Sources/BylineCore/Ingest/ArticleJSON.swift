import Foundation

/// Prints articles as JSON for `byline dump --format json`: one object a line (JSON Lines), in
/// the order of the text dump, with `title`, `url`, `source`, `author`, `published` (ISO 8601,
/// UTC), `site`, `paragraphs` (each with its `kind`, `text` and `links`) and `body` (the
/// paragraphs' text joined by blank lines). A field the source did not give is `null`.
public enum ArticleJSON {
  private struct Record: Encodable {
    var title: String
    var url: String?
    var source: String
    var author: String?
    var published: String?
    var site: String?
    var paragraphs: [ParagraphRecord]
    var body: String

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(title, forKey: .title)
      try container.encode(url, forKey: .url)
      try container.encode(source, forKey: .source)
      try container.encode(author, forKey: .author)
      try container.encode(published, forKey: .published)
      try container.encode(site, forKey: .site)
      try container.encode(paragraphs, forKey: .paragraphs)
      try container.encode(body, forKey: .body)
    }

    enum CodingKeys: String, CodingKey {
      case title, url, source, author, published, site, paragraphs, body
    }
  }

  private struct ParagraphRecord: Encodable {
    var kind: String
    var text: String
    var links: [LinkRecord]
  }

  private struct LinkRecord: Encodable {
    /// Unicode scalar offsets in the paragraph's text.
    var start: Int
    var end: Int
    var url: String
  }

  /// One article as one line of JSON, ending in a newline.
  public static func line(of article: Article) -> String {
    let timestamp = ISO8601DateFormatter()
    timestamp.timeZone = TimeZone(identifier: "UTC")
    let record = Record(
      title: article.title, url: article.url, source: article.source, author: article.author,
      published: article.published.map { timestamp.string(from: $0) }, site: article.site,
      paragraphs: article.paragraphs.map { paragraph in
        ParagraphRecord(
          kind: paragraph.kind.rawValue, text: paragraph.text,
          links: paragraph.links.map {
            LinkRecord(start: $0.range.start, end: $0.range.end, url: $0.url)
          })
      },
      body: article.paragraphs.map(\.text).joined(separator: "\n\n"))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(record) else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
