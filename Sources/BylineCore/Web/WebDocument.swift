import Foundation

/// What a fetched body holds: a feed's items, or a web page (with the feeds it links to), or
/// nothing Byline reads. Content goes through the same readers and sanitiser as files.
enum WebDocument {
  /// A feed (RSS, Atom, JSON Feed), its title and items.
  case feed(title: String?, articles: [Article])
  /// A web page read as one article, and the feeds it names with `<link rel="alternate">`.
  case page(Article?, alternates: [String])
  /// Neither: why.
  case unreadable(String)

  /// Reads `body`, fetched from `url` (the address with credentials removed names the source).
  static func read(_ body: [UInt8], url: String) -> WebDocument {
    let source = WebAddress.redacted(url)
    let text: String
    do throws(IngestError) {
      text = try TextDecoding.decode(body, path: source).text
    } catch {
      return .unreadable(error.diagnostic.message)
    }
    // The content decides, never the Content-Type: many servers send feeds as text/html or
    // text/plain. A path ending in .html must not make a feed a page, so the extension is not
    // consulted.
    let format = FormatDetector.byContent(text) ?? .plainText
    switch format {
    case .feed, .json, .jsonLines:
      let ingest = ArticleReader.parse(text: text, format: format, path: source)
      if ingest.articles.isEmpty,
        let error = ingest.diagnostics.first(where: { $0.severity == .error })
      {
        return .unreadable(error.message)
      }
      return .feed(title: FeedTitle.of(text, format: format), articles: ingest.articles)
    case .html:
      let ingest = ArticleReader.parse(text: text, format: .html, path: source)
      return .page(ingest.articles.first, alternates: FeedDiscovery.alternates(in: text, base: url))
    case .plainText, .markdown:
      return .unreadable("the response is text, not a feed or a web page")
    }
  }
}
