import CLibXML2
import Foundation

/// Reads the items of RSS 0.9x/2.0 and RSS 1.0 (RDF) feeds. Elements are matched by namespace:
/// the body is the first of `content:encoded`, `xhtml:body`, `atom:content`, `description` (or
/// `dc:description`), `media:description` (also inside `media:group` and `media:content`) and
/// `itunes:summary`; the author is `author` (shown by name), `dc:creator` (or `dc:author`),
/// `atom:author` or `itunes:author`, else the channel's; the date is `pubDate`, `dc:date`,
/// `atom:published`, else `atom:updated`; relative links are resolved against `xml:base`.
enum RSSItemReader {
  /// The drafts of the items under the root element `root` (`<rss>` or `<rdf:RDF>`).
  static func items(_ root: XMLNodePointer) -> [ArticleDraft] {
    var channelAuthor: String?
    var items: [XMLNodePointer] = []
    // RSS 2.0 nests items in <channel>; RSS 1.0 puts them beside it.
    for child in root.elementChildren {
      let (namespace, local) = FeedNamespace.name(of: child)
      switch (namespace, local) {
      case (let ns, "channel") where ns.isRSS:
        for element in child.elementChildren {
          let (elementNamespace, elementName) = FeedNamespace.name(of: element)
          switch (elementNamespace, elementName) {
          case (let ns, "item") where ns.isRSS: items.append(element)
          case (.none, "managingeditor"), (.dublinCore, "creator"), (.itunes, "author"):
            channelAuthor = channelAuthor ?? FeedText.person(element.textContent)
          default: break
          }
        }
      case (let ns, "item") where ns.isRSS: items.append(child)
      default: break
      }
    }
    return items.map { item(_: $0, fallbackAuthor: channelAuthor) }
  }

  /// What an item offers, before the preferences are applied.
  private struct Found {
    var encoded: String?
    var xhtmlBody: XMLNodePointer?
    var description: String?
    var mediaDescription: XMLNodePointer?
    var itunesSummary: String?
    var dcDescription: String?
    var atomContent: XMLNodePointer?
    var authors: [Int: String] = [:]
    var updated: String?
    var dcTitle: String?
  }

  private static func item(_ item: XMLNodePointer, fallbackAuthor: String?) -> ArticleDraft {
    var draft = ArticleDraft()
    draft.line = item.lineNumber
    var found = Found()
    var atomLink: String?
    for element in item.elementChildren {
      let (namespace, local) = FeedNamespace.name(of: element)
      switch (namespace, local) {
      case (let ns, "title") where ns.isRSS:
        draft.title = draft.title ?? FeedText.nonEmpty(FeedText.line(element.textContent))
      case (.dublinCore, "title"):
        found.dcTitle = found.dcTitle ?? FeedText.nonEmpty(FeedText.line(element.textContent))
      case (let ns, "link") where ns.isRSS:
        if draft.url == nil, let link = FeedText.safeLink(element.textContent) {
          draft.url = FeedText.resolve(link, at: element)
        }
      case (.atom, "link"):
        let rel = element.attribute("rel") ?? "alternate"
        if rel == "alternate", atomLink == nil,
          let link = FeedText.safeLink(element.attribute("href"))
        {
          atomLink = FeedText.resolve(link, at: element)
        }
      case (let ns, "guid") where ns.isRSS:
        draft.identifier = draft.identifier ?? FeedText.nonEmpty(element.textContent)
      case (let ns, "description") where ns.isRSS:
        found.description = found.description ?? FeedText.nonEmpty(element.textContent)
      case (.content, "encoded"):
        found.encoded = found.encoded ?? FeedText.nonEmpty(element.textContent)
      case (.xhtml, "body"): found.xhtmlBody = found.xhtmlBody ?? element
      case (.dublinCore, "description"):
        found.dcDescription = found.dcDescription ?? FeedText.nonEmpty(element.textContent)
      case (.atom, "content"), (.atom, "summary"):
        if local == "content" || found.atomContent == nil { found.atomContent = element }
      case (.media, "description"): found.mediaDescription = found.mediaDescription ?? element
      case (.media, "group"), (.media, "content"):
        found.mediaDescription = found.mediaDescription ?? mediaDescription(in: element)
      case (.itunes, "summary"):
        found.itunesSummary = found.itunesSummary ?? FeedText.nonEmpty(element.textContent)
      case (.none, "pubdate"), (.dublinCore, "date"), (.atom, "published"):
        if draft.published == nil { draft.setDate(element.textContent, line: element.lineNumber) }
      case (.atom, "updated"), (.dublinCore, "modified"):
        found.updated = found.updated ?? element.textContent
      case (.none, "author"): addAuthor(FeedText.person(element.textContent), rank: 0, &found)
      case (.dublinCore, "author"), (.dublinCore, "creator"):
        addAuthor(FeedText.person(element.textContent), rank: 1, &found)
      case (.atom, "author"): addAuthor(AtomEntryReader.person(element), rank: 2, &found)
      case (.itunes, "author"): addAuthor(FeedText.nonEmpty(element.textContent), rank: 3, &found)
      default: break
      }
    }
    draft.title = draft.title ?? found.dcTitle
    draft.url = draft.url ?? atomLink
    if draft.url == nil, let about = item.attribute("about") {
      draft.url = FeedText.safeLink(about)
    }
    if draft.url == nil, let guid = draft.identifier,
      guid.hasPrefix("http://") || guid.hasPrefix("https://")
    {
      draft.url = guid
    }
    if draft.published == nil, let updated = found.updated { draft.setDate(updated) }
    draft.author = found.authors.min(by: { $0.key < $1.key })?.value ?? fallbackAuthor
    draft.paragraphs = body(found)
    return draft
  }

  private static func addAuthor(_ name: String?, rank: Int, _ found: inout Found) {
    guard let name, found.authors[rank] == nil else { return }
    found.authors[rank] = name
  }

  /// The body in order of preference; an element that gives no text gives way to the next.
  private static func body(_ found: Found) -> [Paragraph] {
    if let encoded = found.encoded {
      let paragraphs = FeedText.paragraphs(encoded, type: "html")
      if !paragraphs.isEmpty { return paragraphs }
    }
    if let xhtml = found.xhtmlBody {
      let paragraphs = HTMLTextExtractor.paragraphs(of: xhtml)
      if !paragraphs.isEmpty { return paragraphs }
    }
    if let atom = found.atomContent {
      let paragraphs = AtomEntryReader.paragraphs(atom)
      if !paragraphs.isEmpty { return paragraphs }
    }
    for description in [found.description, found.dcDescription].compactMap({ $0 }) {
      let paragraphs = FeedText.paragraphs(description, type: nil)
      if !paragraphs.isEmpty { return paragraphs }
    }
    if let media = found.mediaDescription {
      let type = media.attribute("type")?.lowercased() == "html" ? "html" : nil
      let paragraphs = FeedText.paragraphs(media.textContent, type: type)
      if !paragraphs.isEmpty { return paragraphs }
    }
    if let summary = found.itunesSummary { return FeedText.paragraphs(summary, type: nil) }
    return []
  }

  /// The first `media:description` in a `media:group` or `media:content`, looking one level
  /// further down (a group of contents); never deeper, whatever the nesting.
  private static func mediaDescription(in element: XMLNodePointer) -> XMLNodePointer? {
    var level = [element]
    for _ in 0..<2 {
      var next: [XMLNodePointer] = []
      for parent in level {
        for child in parent.elementChildren {
          let (namespace, local) = FeedNamespace.name(of: child)
          guard namespace == .media else { continue }
          if local == "description", FeedText.nonEmpty(child.textContent) != nil { return child }
          if local == "content" || local == "group" { next.append(child) }
        }
      }
      level = next
    }
    return nil
  }
}
