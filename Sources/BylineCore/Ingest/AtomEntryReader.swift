import CLibXML2
import Foundation

/// Reads the entries of Atom 1.0 and Atom 0.3 feeds. Atom 0.3's `mode="escaped"` and
/// `mode="base64"` and its MIME types (`text/html`, `application/xhtml+xml`) read like Atom
/// 1.0's `type="html"` and `type="xhtml"`; 0.3's `issued`, `created` and `modified` stand in for
/// `published` and `updated`.
enum AtomEntryReader {
  /// The drafts of the entries under the root element `root` (`<feed>`).
  static func entries(_ root: XMLNodePointer) -> [ArticleDraft] {
    var feedAuthor: String?
    var drafts: [ArticleDraft] = []
    for child in root.elementChildren {
      let (namespace, local) = FeedNamespace.name(of: child)
      guard namespace.isAtom else { continue }
      switch local {
      case "author": feedAuthor = feedAuthor ?? person(child)
      case "entry": drafts.append(entry(child))
      default: break
      }
    }
    return drafts.map { draft in
      var draft = draft
      draft.author = draft.author ?? feedAuthor
      return draft
    }
  }

  /// The name (else the e-mail address) of an Atom person construct.
  static func person(_ element: XMLNodePointer) -> String? {
    var email: String?
    for child in element.elementChildren {
      let (namespace, local) = FeedNamespace.name(of: child)
      guard namespace.isAtom else { continue }
      if local == "name", let name = FeedText.nonEmpty(child.textContent) { return name }
      if local == "email" { email = email ?? FeedText.nonEmpty(child.textContent) }
    }
    return email
  }

  private static func entry(_ entry: XMLNodePointer) -> ArticleDraft {
    var draft = ArticleDraft()
    draft.line = entry.lineNumber
    var content: XMLNodePointer?
    var summary: XMLNodePointer?
    var dates: [String: XMLNodePointer] = [:]
    var alternate: String?
    for element in entry.elementChildren {
      let (namespace, local) = FeedNamespace.name(of: element)
      guard namespace.isAtom else { continue }
      switch local {
      case "title": draft.title = draft.title ?? FeedText.nonEmpty(text(element))
      case "id": draft.identifier = draft.identifier ?? FeedText.nonEmpty(element.textContent)
      case "link":
        let rel = (element.attribute("rel") ?? "alternate").lowercased()
        let href = FeedText.safeLink(element.attribute("href") ?? element.textContent)
        if rel == "alternate" {
          alternate = alternate ?? href.map { FeedText.resolve($0, at: element) }
        }
      case "published", "issued", "created", "updated", "modified":
        dates[local] = dates[local] ?? element
      case "author": draft.author = draft.author ?? person(element)
      case "content": content = content ?? element
      case "summary": summary = summary ?? element
      default: break
      }
    }
    draft.url = alternate
    for name in ["published", "issued", "created", "updated", "modified"] {
      guard draft.published == nil, let element = dates[name] else { continue }
      draft.setDate(element.textContent, line: element.lineNumber)
    }
    if let content {
      draft.paragraphs = paragraphs(content)
    }
    if draft.paragraphs.isEmpty, let summary {
      draft.paragraphs = paragraphs(summary)
    }
    return draft
  }

  /// How an Atom text or content construct is written.
  private enum Kind {
    case text, html, xhtml
  }

  /// The kind of `element` and its text: base64 decoded for Atom 0.3's `mode="base64"` and for
  /// Atom 1.0 media types that are neither text nor XML (`nil` when that is not text).
  private static func construct(_ element: XMLNodePointer) -> (kind: Kind, text: String)? {
    let type = (element.attribute("type") ?? "").trimmingSpace().lowercased()
    let mode = (element.attribute("mode") ?? "").trimmingSpace().lowercased()
    let isXMLType = type.hasSuffix("+xml") || type.hasSuffix("/xml")
    let isMediaType = type.contains("/") && !type.hasPrefix("text/") && !isXMLType
    var text = element.textContent
    if mode == "base64" || isMediaType {
      // Not base64 at all: Atom 0.3 says it must be; Atom 1.0 text in a media type is shown.
      guard let data = Data(base64Encoded: text, options: .ignoreUnknownCharacters),
        let decoded = String(validating: data, as: UTF8.self)
      else { return mode == "base64" ? nil : (.text, text) }
      // Binary (a video, an image) is not text to show.
      guard TextDecoding.binaryReason([UInt8](data)) == nil else { return nil }
      text = decoded
      let isHTML = type.contains("html") || HTMLReader.looksLikeHTML(text)
      return (isHTML ? .html : .text, text)
    }
    let hasElements = !element.elementChildren.isEmpty
    switch type {
    case "xhtml", "application/xhtml+xml":
      if mode == "escaped" { return (.html, text) }
      return (hasElements ? .xhtml : .text, text)
    case "html", "text/html":
      // Elements inside an HTML construct are a mistake; their text is read as the HTML.
      return (.html, text)
    case "", "text", "text/plain":
      if mode == "escaped" { return (.html, text) }
      return (hasElements ? .xhtml : .text, text)
    default:
      return (hasElements ? .xhtml : .text, text)
    }
  }

  /// The text of a one-line text construct (a title).
  private static func text(_ element: XMLNodePointer) -> String {
    guard let (kind, text) = construct(element) else { return "" }
    switch kind {
    case .text, .xhtml: return text
    case .html: return FeedText.line(text, isHTML: true)
    }
  }

  /// The paragraphs of a content or summary construct (also used for `atom:content` in RSS).
  static func paragraphs(_ element: XMLNodePointer) -> [Paragraph] {
    guard let (kind, text) = construct(element) else { return [] }
    switch kind {
    case .text: return FeedReader.plainParagraphs(text)
    case .html: return FeedText.paragraphs(text, type: "html")
    case .xhtml: return HTMLTextExtractor.paragraphs(of: element)
    }
  }
}
