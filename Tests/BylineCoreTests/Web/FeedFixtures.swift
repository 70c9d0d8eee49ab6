/// Feeds and pages the fetching tests serve.
enum FeedFixtures {
  /// An RSS item.
  struct Item {
    var guid: String
    var title: String
    var text: String
  }

  /// An RSS 2.0 feed titled `title` with these items (links under example.com).
  static func rss(title: String = "Loopback News", _ items: [Item]) -> String {
    let entries = items.map { item in
      """
      <item><title>\(item.title)</title><link>https://example.com/\(item.guid)</link>
      <guid>https://example.com/\(item.guid)</guid>
      <pubDate>Mon, 07 Dec 2026 10:00:00 GMT</pubDate>
      <description>\(item.text)</description></item>
      """
    }
    return """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0"><channel><title>\(title)</title><link>https://example.com/</link>
      \(entries.joined(separator: "\n"))
      </channel></rss>
      """
  }

  /// Two items, `a` and `b`.
  static let twoItems = rss([
    Item(guid: "a", title: "First story", text: "The council met on Monday."),
    Item(guid: "b", title: "Second story", text: "The river rose overnight."),
  ])

  /// An HTML page that names its feed at `href`.
  static func page(linkingTo href: String) -> String {
    """
    <!DOCTYPE html><html><head><title>Home</title>
    <link rel="alternate" type="application/rss+xml" title="Feed" href="\(href)">
    </head><body><p>Welcome.</p></body></html>
    """
  }

  /// An HTML article page with no feed.
  static let plainPage = """
    <!DOCTYPE html><html><head><title>A page without a feed</title></head>
    <body><article><h1>A page without a feed</h1>
    <p>This page has a single article and no feed at all, so Byline stores it as one article.</p>
    </article></body></html>
    """
}
