/// Finds the feeds a web page names: `<link rel="alternate">` with an RSS, Atom or JSON Feed
/// type, in page order, resolved against the page's address (http and https only).
enum FeedDiscovery {
  /// The media types of feeds.
  static let feedTypes: Set<String> = [
    "application/rss+xml", "application/atom+xml", "application/feed+json",
    "application/json", "application/rdf+xml", "application/xml", "text/xml",
  ]

  /// The feed addresses in the page `html` fetched from `base`.
  static func alternates(in html: String, base: String) -> [String] {
    let hrefs =
      LibXML.withHTMLDocument(html) { root -> [String] in
        var found: [String] = []
        root.walkDescendants { node in
          guard node.isElement else { return true }
          if node.localName == "body" { return false }
          guard node.localName == "link" else { return true }
          let rel = (node.attribute("rel") ?? "").lowercased().split(separator: " ")
          let type = (node.attribute("type") ?? "").lowercased()
            .split(separator: ";").first.map { String($0).trimmingCharacters(in: .whitespaces) }
          if rel.contains("alternate"), let type, feedTypes.contains(type),
            let href = node.attribute("href"), !href.isEmpty
          {
            found.append(href)
          }
          return false
        }
        return found
      } ?? []
    var seen = Set<String>()
    return hrefs.compactMap { WebAddress.resolve($0, against: base)?.absoluteString }
      .filter { seen.insert($0).inserted }
  }
}
