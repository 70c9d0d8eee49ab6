import CLibXML2

/// What one pass over an HTML page finds: `<meta>` values, JSON-LD article metadata, the
/// `<title>`, headings, links and the elements that may hold the article.
struct PageMetadata {
  /// `<meta>` contents by normalised key (`og:title`, `author`, `article:published_time`, …);
  /// a later tag with the same key wins, as in Readability.
  var meta: [String: String] = [:]
  var jsonLD: JSONLDArticle?
  var titleElement: String?
  /// The text of every `h1` and `h2`, in order.
  var headings: [(level: Int, text: String)] = []
  var canonicalURL: String?
  var relAuthor: String?
  var timeElement: String?
  var article: XMLNodePointer?
  var main: XMLNodePointer?
  var body: XMLNodePointer?

  /// The keys of `<meta property>` values kept.
  private static let propertyPrefixes = ["article", "dc", "dcterm", "og", "twitter"]
  private static let propertyNames = [
    "author", "creator", "description", "published_time", "title", "site_name", "url",
  ]
  /// The keys of `<meta name>` values kept (also with those prefixes and `parsely-`).
  private static let names: Set<String> = [
    "author", "creator", "pub-date", "description", "title", "site_name", "date",
    "dc:date", "dc:date:issued", "pubdate", "publish-date", "datepublished",
  ]

  init(root: XMLNodePointer) {
    root.walkDescendants { node in
      guard node.isElement else { return false }
      switch node.localName {
      case "meta":
        readMeta(node)
        return false
      case "title":
        if titleElement == nil { titleElement = nonEmpty(node.textContent) }
        return false
      case "link":
        let rel = (node.attribute("rel") ?? "").lowercased().split(separator: " ")
        if rel.contains("canonical") {
          canonicalURL = canonicalURL ?? nonEmpty(node.attribute("href"))
        }
        return false
      case "script":
        if jsonLD == nil,
          node.attribute("type")?.lowercased().trimmingSpace() == "application/ld+json"
        {
          jsonLD = JSONLDArticle(json: node.textContent)
        }
        return false
      case "h1", "h2":
        if headings.count < 64, let text = nonEmpty(node.textContent) {
          headings.append((node.localName == "h1" ? 1 : 2, text))
        }
      case "time":
        if let value = nonEmpty(node.attribute("datetime")),
          timeElement == nil || node.attribute("itemprop")?.lowercased() == "datepublished"
        {
          timeElement = value
        }
      case "a":
        let rel = (node.attribute("rel") ?? "").lowercased().split(separator: " ")
        if rel.contains("author"), relAuthor == nil { relAuthor = nonEmpty(node.textContent) }
      case "article":
        if article == nil { article = node }
      case "main":
        if main == nil { main = node }
      case "body":
        if body == nil { body = node }
      case "style", "noscript", "template", "svg":
        return false
      default:
        if main == nil, node.attribute("role")?.lowercased() == "main" { main = node }
      }
      return true
    }
  }

  private mutating func readMeta(_ node: XMLNodePointer) {
    guard let content = nonEmpty(node.attribute("content")) else { return }
    if let property = node.attribute("property")?.lowercased() {
      // `property` may hold several space-separated names.
      for name in property.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
        let parts = name.split(separator: ":", maxSplits: 1).map(String.init)
        if parts.count == 2, Self.propertyPrefixes.contains(parts[0]),
          Self.propertyNames.contains(parts[1])
        {
          meta[String(name)] = content
        }
      }
    }
    let key =
      (node.attribute("name") ?? node.attribute("itemprop") ?? "").lowercased()
      .filter { !$0.isWhitespace }.replacingDots()
    guard !key.isEmpty else { return }
    var bare = key
    for prefix in ["dc:", "dcterm:", "og:", "twitter:", "parsely-", "weibo:article:"] {
      if bare.hasPrefix(prefix) {
        bare = String(bare.dropFirst(prefix.count))
        break
      }
    }
    if Self.names.contains(key) || Self.names.contains(bare) { meta[key] = content }
  }

  /// The title, in Readability's order: JSON-LD (`headline`, or `name` when closer to the
  /// `<title>`), Dublin Core, Open Graph, `<meta name=title>`, Twitter, then the `<title>` with
  /// the site's name taken off (see ``PageTitle``).
  var title: String? {
    if let fromJSON = jsonLDTitle { return fromJSON }
    for key in ["dc:title", "dcterm:title", "og:title", "title", "twitter:title", "parsely-title"] {
      if let value = meta[key] { return value }
    }
    guard let titleElement else { return headings.first { $0.level == 1 }?.text }
    return PageTitle.clean(titleElement, headings: headings)
  }

  private var jsonLDTitle: String? {
    guard let jsonLD else { return nil }
    if let name = jsonLD.name, let headline = jsonLD.headline, name != headline {
      let page = titleElement ?? ""
      let nameMatches = TextSimilarity.similarity(name, page) > 0.75
      let headlineMatches = TextSimilarity.similarity(headline, page) > 0.75
      return headlineMatches && !nameMatches ? headline : name
    }
    return jsonLD.headline ?? jsonLD.name
  }

  /// The author: JSON-LD, Dublin Core, `<meta name=author>`, Parse.ly, `article:author` (when
  /// not a URL), then a `rel=author` link.
  var author: String? {
    if let name = jsonLD?.author { return name }
    for key in ["dc:creator", "dcterm:creator", "author", "parsely-author"] {
      if let value = meta[key] { return value }
    }
    if let value = meta["article:author"], !value.hasPrefix("http") { return value }
    return nil
  }

  /// Date candidates, best first.
  var dates: [String] {
    [jsonLD?.datePublished, meta["article:published_time"], meta["parsely-pub-date"]]
      .compactMap { $0 }
      + [timeElement].compactMap { $0 }
      + ["date", "dc:date", "dc:date:issued", "pubdate", "publish-date", "datepublished"]
      .compactMap { meta[$0] }
  }

  /// The site's name: JSON-LD publisher, then `og:site_name`.
  var siteName: String? { jsonLD?.publisher ?? meta["og:site_name"] }

  /// The canonical URL: `<link rel=canonical>`, then `og:url`.
  var url: String? { canonicalURL ?? meta["og:url"] }
}

extension String {
  fileprivate func replacingDots() -> String {
    String(map { $0 == "." ? ":" : $0 })
  }
}

private func nonEmpty(_ text: String?) -> String? {
  guard let text else { return nil }
  let clean = TextSanitizer.sanitizeTitle(text)
  return clean.isEmpty ? nil : clean
}
