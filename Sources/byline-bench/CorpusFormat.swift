import Foundation

/// The formats the generated corpus is written in, and how each looks on disk.
enum CorpusFormat: CaseIterable {
  case plainText, markdown, html, jsonLines, rss

  /// Articles per file: feeds and JSON Lines hold several.
  var articlesPerFile: Int {
    switch self {
    case .plainText, .markdown, .html: 1
    case .jsonLines, .rss: 20
    }
  }

  /// The file extension.
  var fileExtension: String {
    switch self {
    case .plainText: "txt"
    case .markdown: "md"
    case .html: "html"
    case .jsonLines: "jsonl"
    case .rss: "xml"
    }
  }

  /// The format of file number `index`: about 80% of articles in seed-shaped plain text, the
  /// rest in Markdown, HTML, JSON Lines and RSS.
  static func forFile(_ index: Int) -> CorpusFormat {
    switch index % 100 {
    case 0..<84: .plainText
    case 84..<92: .markdown
    case 92..<98: .html
    case 98: .jsonLines
    default: .rss
    }
  }

  /// The file's text.
  func render(_ articles: [CorpusArticle]) -> String {
    switch self {
    case .plainText:
      let article = articles[0]
      return Self.longDate(article.date) + "\n\n" + article.title + "\n\n" + article.title
        + "\n\n" + article.paragraphs.joined(separator: "\n\n") + "\n\n\nSource link\n"
    case .markdown:
      let article = articles[0]
      return "# \(article.title)\n\n*\(Self.longDate(article.date)) — \(article.author)*\n\n"
        + article.paragraphs.joined(separator: "\n\n") + "\n"
    case .html:
      let article = articles[0]
      return """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>\(Self.escaped(article.title))</title>
        <meta name="author" content="\(Self.escaped(article.author))">
        <link rel="canonical" href="\(article.url)"></head>
        <body><article><h1>\(Self.escaped(article.title))</h1>
        <time datetime="\(Self.isoDate(article.date))">\(Self.longDate(article.date))</time>
        \(article.paragraphs.map { "<p>\(Self.escaped($0))</p>" }.joined(separator: "\n"))
        </article></body></html>

        """
    case .jsonLines:
      return articles.map { article in
        let object: [String: String] = [
          "title": article.title, "url": article.url, "author": article.author,
          "published": Self.isoDate(article.date),
          "text": article.paragraphs.joined(separator: "\n\n"),
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]))
        return data.map { String(decoding: $0, as: UTF8.self) } ?? "{}"
      }.joined(separator: "\n") + "\n"
    case .rss:
      let items = articles.map { article in
        """
          <item><title>\(Self.escaped(article.title))</title><link>\(article.url)</link>
          <guid>\(article.url)</guid><pubDate>\(Self.rfc822(article.date))</pubDate>
          <description>\(Self.escaped(article.paragraphs.map { "<p>\($0)</p>" }.joined()))</description></item>
        """
      }
      return """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Example News</title><link>https://news.example.com/</link>
        \(items.joined(separator: "\n"))
        </channel></rss>

        """
    }
  }

  private static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]
  private static let weekdayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]

  /// The date's UTC fields (formatted by hand: a DateFormatter per article would dominate the
  /// generator's time).
  private static func fields(_ date: Date) -> tm {
    var seconds = time_t(date.timeIntervalSince1970)
    var fields = tm()
    gmtime_r(&seconds, &fields)
    return fields
  }

  private static func longDate(_ date: Date) -> String {
    let f = fields(date)
    return "\(monthNames[Int(f.tm_mon)]) \(f.tm_mday), \(1900 + Int(f.tm_year))"
  }

  private static func isoDate(_ date: Date) -> String {
    let f = fields(date)
    return String(
      format: "%04d-%02d-%02dT%02d:%02d:%02dZ", 1900 + Int(f.tm_year), Int(f.tm_mon) + 1,
      Int(f.tm_mday), Int(f.tm_hour), Int(f.tm_min), Int(f.tm_sec))
  }

  private static func rfc822(_ date: Date) -> String {
    let f = fields(date)
    return String(
      format: "%@, %02d %@ %04d %02d:%02d:%02d GMT", weekdayNames[Int(f.tm_wday)],
      Int(f.tm_mday), String(monthNames[Int(f.tm_mon)].prefix(3)), 1900 + Int(f.tm_year),
      Int(f.tm_hour), Int(f.tm_min), Int(f.tm_sec))
  }

  private static func escaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
  }
}
