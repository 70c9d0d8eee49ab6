import Foundation

/// The input formats `byline-bench readers` generates, and how to generate a file of each.
enum GeneratedFormat: String, CaseIterable {
  case text, markdown, html, rss, atom, jsonfeed, jsonl

  /// The extension the generated file gets.
  var fileExtension: String {
    switch self {
    case .text: "txt"
    case .markdown: "md"
    case .html: "html"
    case .rss: "rss"
    case .atom: "atom"
    case .jsonfeed: "json"
    case .jsonl: "jsonl"
    }
  }

  /// A document of this format of about `bytes` bytes (UTF-8), made of varied news-like text.
  func generate(bytes: Int) -> String {
    var out = header
    var index = 0
    while out.utf8.count < bytes - footer.utf8.count {
      // Build in chunks so the size check does not dominate.
      var chunk = ""
      for _ in 0..<64 {
        chunk += unit(index)
        index += 1
      }
      out += chunk
    }
    return out + footer
  }

  private var header: String {
    switch self {
    case .text: "September 27, 2020\n\nA very long generated article\n\n"
    case .markdown: "---\ntitle: A very long generated article\ndate: 2020-09-27\n---\n\n"
    case .html:
      "<!DOCTYPE html><html><head><title>Generated</title>"
        + "<meta property=\"article:published_time\" content=\"2020-09-27T10:00:00Z\"></head>"
        + "<body><nav><a href=\"/\">Home</a></nav><article><h1>A very long generated article</h1>\n"
    case .rss: "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Generated</title>\n"
    case .atom:
      "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>G</title>\n"
    case .jsonfeed:
      "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"Generated\", \"items\": [\n"
    case .jsonl: ""
    }
  }

  private var footer: String {
    switch self {
    case .text, .markdown, .jsonl: ""
    case .html: "</article><footer>End</footer></body></html>\n"
    case .rss: "</channel></rss>\n"
    case .atom: "</feed>\n"
    case .jsonfeed: "{\"id\": \"last\", \"title\": \"Last\", \"content_text\": \"End.\"}]}\n"
    }
  }

  private func sentence(_ index: Int) -> String {
    let people = ["Kim Dae-jung", "Neil Armstrong", "Yuri Gagarin", "Helmut Kohl", "김대중"]
    let places = ["Seoul", "Houston", "Moscow", "Berlin", "New York"]
    let person = people[index % people.count]
    let place = places[(index / 3) % places.count]
    return "On day \(index), \(person) spoke in \(place) about a budget of $\(index % 900 + 100) "
      + "million, up \(index % 40)% on last year, and the crowd 🎉 cheered for a long time."
  }

  private func unit(_ index: Int) -> String {
    let a = sentence(index)
    let b = sentence(index + 7)
    switch self {
    case .text:
      return "\(a) \(b)\n\n"
    case .markdown:
      if index % 20 == 0 { return "## Section \(index / 20)\n\n- \(a)\n- \(b)\n\n" }
      return "\(a) **\(b)** See [the report](https://byline.example/r/\(index)).\n\n"
    case .html:
      if index % 20 == 0 {
        return "<h2>Section \(index / 20)</h2><ul><li>\(a)</li><li>\(b)</li></ul>\n"
      }
      return "<p>\(a) <b>\(b)</b> See <a href=\"https://byline.example/r/\(index)\">the report"
        + "</a> &amp; more.</p>\n"
    case .rss:
      return "<item><title>Item \(index)</title><link>https://byline.example/i/\(index)</link>"
        + "<pubDate>Sun, 27 Sep 2020 10:00:00 GMT</pubDate><description><![CDATA[<p>\(a)</p>"
        + "<p>\(b) <a href=\"https://byline.example/r/\(index)\">report</a></p>]]></description>"
        + "</item>\n"
    case .atom:
      return "<entry><title>Entry \(index)</title><id>tag:byline.example,2020:\(index)</id>"
        + "<link href=\"https://byline.example/e/\(index)\"/><updated>2020-09-27T10:00:00Z</updated>"
        + "<content type=\"html\">&lt;p&gt;\(a)&lt;/p&gt;&lt;p&gt;\(b)&lt;/p&gt;</content></entry>\n"
    case .jsonfeed:
      return "{\"id\": \"\(index)\", \"url\": \"https://byline.example/j/\(index)\", "
        + "\"title\": \"Item \(index)\", \"date_published\": \"2020-09-27T10:00:00Z\", "
        + "\"content_html\": \"<p>\(a)</p><p>\(b)</p>\"},\n"
    case .jsonl:
      return "{\"title\": \"Line \(index)\", \"date\": \"2020-09-27\", "
        + "\"url\": \"https://byline.example/l/\(index)\", \"text\": \"\(a)\\n\\n\(b)\"}\n"
    }
  }
}
