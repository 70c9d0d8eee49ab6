import CLibXML2
import Foundation

/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 feeds with libxml2's XML parser (recovering from
/// slightly broken feeds, with no network access and no external entities). Each item or entry
/// becomes an article whose source is the feed file; HTML content goes through the HTML reader.
enum FeedReader {
  /// The articles in the feed `text`, read from `source`, and a warning when the XML was broken
  /// and had to be recovered.
  static func read(_ text: String, source: String) -> FileIngest {
    let parsed = LibXML.withXMLDocument(text) { root, problem -> FileIngest in
      var diagnostics: [IngestDiagnostic] = []
      if let problem {
        if let cdataLine = unclosedCDATALine(text) {
          diagnostics.append(
            IngestDiagnostic(
              severity: .warning, path: source, line: cdataLine,
              message: "unclosed CDATA section; the rest of the feed is lost"))
        } else {
          diagnostics.append(
            IngestDiagnostic(
              severity: .warning, path: source, line: problem.line,
              message: "malformed XML, read what could be recovered: \(problem.message)"))
        }
      }
      let drafts: [ArticleDraft]
      switch root.localName {
      case "feed": drafts = atomEntries(root)
      case "rss", "rdf": drafts = rssItems(root)
      default:
        diagnostics.append(
          IngestDiagnostic(
            severity: .error, path: source,
            message: "not a feed: the root element is <\(root.localName)>"))
        drafts = []
      }
      var articles: [Article] = []
      for draft in drafts {
        if draft.isEmpty {
          diagnostics.append(
            IngestDiagnostic(
              severity: .warning, path: source, line: draft.line,
              message: "feed item has no title, text or link; skipped"))
          continue
        }
        diagnostics.append(contentsOf: draft.warnings(path: source))
        articles.append(draft.article(source: source))
      }
      return FileIngest(format: .feed, articles: articles, diagnostics: diagnostics)
    }
    return parsed
      ?? FileIngest(
        format: .feed, articles: [],
        diagnostics: [
          IngestDiagnostic(
            severity: .error, path: source, message: "unreadable XML: no root element")
        ])
  }

  /// The line of the last `<![CDATA[` when no `]]>` follows it, else `nil`.
  static func unclosedCDATALine(_ text: String) -> Int? {
    let bytes = Array(text.utf8)
    let open = Array("<![CDATA[".utf8)
    let close = Array("]]>".utf8)
    var lastOpen: Int? = nil
    var index = 0
    while index + open.count <= bytes.count {
      if bytes[index] == open[0], bytes[index..<(index + open.count)].elementsEqual(open) {
        lastOpen = index
        index += open.count
        continue
      }
      if bytes[index] == close[0], lastOpen != nil, index + close.count <= bytes.count,
        bytes[index..<(index + close.count)].elementsEqual(close)
      {
        lastOpen = nil
      }
      index += 1
    }
    guard let lastOpen else { return nil }
    return 1 + bytes[..<lastOpen].reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
  }

  // MARK: - RSS

  private static let contentNamespace = "http://purl.org/rss/1.0/modules/content/"

  private static func rssItems(_ root: XMLNodePointer) -> [ArticleDraft] {
    var channelAuthor: String?
    var items: [XMLNodePointer] = []
    // RSS 2.0 nests items in <channel>; RSS 1.0 puts them beside it.
    for child in root.elementChildren {
      switch child.localName {
      case "channel":
        for element in child.elementChildren {
          switch element.localName {
          case "item": items.append(element)
          case "managingeditor", "creator", "author":
            channelAuthor = channelAuthor ?? nonEmpty(element.textContent)
          default: break
          }
        }
      case "item": items.append(child)
      default: break
      }
    }
    return items.map { rssItem($0, fallbackAuthor: channelAuthor) }
  }

  private static func rssItem(_ item: XMLNodePointer, fallbackAuthor: String?) -> ArticleDraft {
    var draft = ArticleDraft()
    draft.line = item.lineNumber
    var description: String?
    var encoded: String?
    for element in item.elementChildren {
      let name = element.localName
      switch name {
      case "title": draft.title = draft.title ?? nonEmpty(element.textContent)
      case "link": draft.url = draft.url ?? nonEmpty(element.textContent)
      case "guid": draft.identifier = draft.identifier ?? nonEmpty(element.textContent)
      case "description": description = description ?? nonEmpty(element.textContent)
      case "encoded" where element.namespaceURI == contentNamespace:
        encoded = encoded ?? nonEmpty(element.textContent)
      case "pubdate", "date", "published", "issued":
        if draft.published == nil { draft.setDate(element.textContent, line: element.lineNumber) }
      case "author", "creator": draft.author = draft.author ?? nonEmpty(element.textContent)
      default: break
      }
    }
    if draft.url == nil, let about = item.attribute("about") { draft.url = nonEmpty(about) }
    if draft.url == nil, let guid = draft.identifier,
      guid.hasPrefix("http://") || guid.hasPrefix("https://")
    {
      draft.url = guid
    }
    draft.author = draft.author ?? fallbackAuthor
    draft.paragraphs = paragraphs(fromContent: encoded ?? description ?? "", type: nil)
    return draft
  }

  // MARK: - Atom

  private static func atomEntries(_ root: XMLNodePointer) -> [ArticleDraft] {
    var feedAuthor: String?
    var drafts: [ArticleDraft] = []
    for child in root.elementChildren {
      switch child.localName {
      case "author": feedAuthor = feedAuthor ?? atomPerson(child)
      case "entry": drafts.append(atomEntry(child))
      default: break
      }
    }
    return drafts.map { draft in
      var draft = draft
      draft.author = draft.author ?? feedAuthor
      return draft
    }
  }

  private static func atomEntry(_ entry: XMLNodePointer) -> ArticleDraft {
    var draft = ArticleDraft()
    draft.line = entry.lineNumber
    var content: XMLNodePointer?
    var summary: XMLNodePointer?
    var updated: Date?
    for element in entry.elementChildren {
      switch element.localName {
      case "title": draft.title = draft.title ?? nonEmpty(atomText(element))
      case "id": draft.identifier = draft.identifier ?? nonEmpty(element.textContent)
      case "link":
        let rel = element.attribute("rel") ?? "alternate"
        if rel == "alternate", draft.url == nil { draft.url = nonEmpty(element.attribute("href")) }
      case "published":
        if draft.published == nil { draft.setDate(element.textContent, line: element.lineNumber) }
      case "updated": updated = updated ?? DateParser.date(from: element.textContent)
      case "author": draft.author = draft.author ?? atomPerson(element)
      case "content": content = content ?? element
      case "summary": summary = summary ?? element
      default: break
      }
    }
    if draft.published == nil, let updated {
      draft.published = updated
      draft.unreadableDate = nil
    }
    if let body = content ?? summary {
      let type = (body.attribute("type") ?? "text").lowercased()
      if type == "xhtml" {
        draft.paragraphs = HTMLTextExtractor.paragraphs(of: body)
      } else {
        draft.paragraphs = paragraphs(fromContent: body.textContent, type: type)
      }
    }
    return draft
  }

  private static func atomPerson(_ element: XMLNodePointer) -> String? {
    element.elementChildren.first { $0.localName == "name" }.flatMap { nonEmpty($0.textContent) }
  }

  /// The text of an Atom text construct: HTML markup removed when `type="html"`.
  private static func atomText(_ element: XMLNodePointer) -> String {
    let type = (element.attribute("type") ?? "text").lowercased()
    if type == "html" {
      return HTMLReader.paragraphs(fromFragment: element.textContent).map(\.text)
        .joined(separator: " ")
    }
    return element.textContent
  }

  /// Paragraphs from item content: HTML through the HTML reader, plain text split at blank lines.
  static func paragraphs(fromContent content: String, type: String?) -> [Paragraph] {
    let isHTML: Bool
    switch type {
    case "html", "text/html": isHTML = true
    case "text", "text/plain": isHTML = false
    default: isHTML = HTMLReader.looksLikeHTML(content)
    }
    if isHTML { return HTMLReader.paragraphs(fromFragment: content) }
    return plainParagraphs(content)
  }

  /// Plain text split into paragraphs at blank lines, lines inside a paragraph joined.
  static func plainParagraphs(_ text: String) -> [Paragraph] {
    var builder = ParagraphBuilder()
    var paragraphs: [Paragraph] = []
    for block in PlainTextReader.units(of: text) {
      builder.append(block.text)
      if let paragraph = builder.finish() { paragraphs.append(paragraph) }
    }
    return paragraphs
  }

  private static func nonEmpty(_ text: String?) -> String? {
    guard let text else { return nil }
    let trimmed = text.trimmingSpace()
    return trimmed.isEmpty ? nil : trimmed
  }
}
