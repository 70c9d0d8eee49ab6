import Foundation

/// A feed's own title (RSS `channel/title`, Atom `feed/title`, JSON Feed `title`), sanitised.
enum FeedTitle {
  static func of(_ text: String, format: ArticleFormat) -> String? {
    var title: String?
    switch format {
    case .feed:
      title =
        LibXML.withXMLDocument(text) { root, _ -> String? in
          let holder =
            root.localName == "feed"
            ? root : root.elementChildren.first { $0.localName == "channel" }
          return holder?.elementChildren.first { $0.localName == "title" }?.textContent
        } ?? nil
    case .json:
      let value = try? JSONSerialization.jsonObject(with: Data(text.utf8))
      title = (value as? [String: Any])?["title"] as? String
    default:
      title = nil
    }
    guard let title else { return nil }
    let clean = TextSanitizer.sanitizeTitle(title)
    return clean.isEmpty ? nil : clean
  }
}
