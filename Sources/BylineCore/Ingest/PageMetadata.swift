import CLibXML2

/// What one pass over an HTML page finds: metadata candidates and the main content element.
struct PageMetadata {
  var openGraphTitle: String?
  var titleElement: String?
  var firstHeading: String?
  var canonicalURL: String?
  var openGraphURL: String?
  var metaAuthor: String?
  var articleAuthor: String?
  var relAuthor: String?
  /// Date candidates, best first.
  var dates: [String] = []
  var article: XMLNodePointer?
  var main: XMLNodePointer?
  var body: XMLNodePointer?

  init(root: XMLNodePointer) {
    var publishedTime: String?
    var timeElement: String?
    var otherDates: [String] = []
    root.walkDescendants { node in
      guard node.isElement else { return false }
      switch node.localName {
      case "meta":
        let key =
          (node.attribute("property") ?? node.attribute("name")
          ?? node.attribute("itemprop") ?? "").lowercased()
        let content = node.attribute("content")
        switch key {
        case "og:title": openGraphTitle = openGraphTitle ?? nonEmpty(content)
        case "og:url": openGraphURL = openGraphURL ?? nonEmpty(content)
        case "author", "dc.creator": metaAuthor = metaAuthor ?? nonEmpty(content)
        case "article:author":
          if let content = nonEmpty(content), !content.hasPrefix("http") {
            articleAuthor = articleAuthor ?? content
          }
        case "article:published_time": publishedTime = publishedTime ?? nonEmpty(content)
        case "date", "dc.date", "dc.date.issued", "pubdate", "publish-date", "datepublished":
          if let content = nonEmpty(content) { otherDates.append(content) }
        default: break
        }
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
      case "h1":
        if firstHeading == nil { firstHeading = nonEmpty(node.textContent) }
      case "time":
        if timeElement == nil, let value = nonEmpty(node.attribute("datetime")) {
          if node.attribute("itemprop")?.lowercased() == "datepublished" || publishedTime == nil {
            timeElement = value
          }
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
      case "script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "form":
        return false
      default:
        if main == nil, node.attribute("role")?.lowercased() == "main" { main = node }
      }
      return true
    }
    dates = [publishedTime, timeElement].compactMap { $0 } + otherDates
  }
}

private func nonEmpty(_ text: String?) -> String? {
  guard let text else { return nil }
  let clean = TextSanitizer.sanitizeTitle(text)
  return clean.isEmpty ? nil : clean
}
