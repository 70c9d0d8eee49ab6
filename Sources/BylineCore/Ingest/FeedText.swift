import CLibXML2
import Foundation

/// How feed readers turn element text into what Byline shows: escaped markup in titles read as
/// HTML, HTML bodies with every HTML5 entity decoded, unsafe links dropped, `email (Name)`
/// authors shown by name.
enum FeedText {
  /// A title or other one-line text: markup escaped into it (`&lt;b&gt;Title&lt;/b&gt;`, or a
  /// doubly escaped `&amp;eacute;`) read as HTML and reduced to its text.
  static func line(_ text: String, isHTML: Bool? = nil) -> String {
    guard isHTML ?? HTMLReader.looksLikeHTML(text) else { return text }
    return htmlParagraphs(text).map(\.text).joined(separator: " ")
  }

  /// The paragraphs of an HTML fragment, with HTML5 entities and Windows-1252 references
  /// decoded first (libxml2's HTML parser knows only HTML 4 names).
  static func htmlParagraphs(_ html: String) -> [Paragraph] {
    HTMLReader.paragraphs(fromFragment: CharacterReferenceRepair.repaired(html, mode: .html))
  }

  /// Paragraphs from item content: HTML through the HTML reader, plain text split at blank
  /// lines; `type` is a MIME type or Atom type (`html`, `text`), guessed from the text when
  /// `nil` or unknown.
  static func paragraphs(_ content: String, type: String?) -> [Paragraph] {
    let isHTML: Bool
    switch type {
    case "html", "text/html", "xhtml", "application/xhtml+xml": isHTML = true
    case "text", "text/plain": isHTML = false
    default: isHTML = HTMLReader.looksLikeHTML(content)
    }
    if isHTML { return htmlParagraphs(content) }
    return FeedReader.plainParagraphs(content)
  }

  /// Schemes a link must not have: following them runs or shows content, not an article.
  private static let unsafeSchemes = ["javascript:", "data:", "vbscript:"]

  /// `link` trimmed, or `nil` when it is empty or its scheme is `javascript:`, `data:` or
  /// `vbscript:` (in any case, and with the tabs and newlines browsers ignore inside URLs).
  static func safeLink(_ link: String?) -> String? {
    guard let link else { return nil }
    let trimmed = link.trimmingSpace()
    guard !trimmed.isEmpty else { return nil }
    let squeezed = String(
      String.UnicodeScalarView(
        trimmed.unicodeScalars.prefix(32).filter { $0.value > 0x20 })
    ).lowercased()
    if unsafeSchemes.contains(where: { squeezed.hasPrefix($0) }) { return nil }
    return trimmed
  }

  /// An RSS author as a reader shows it: `email@example.org (Name)` and `Name <email>` become
  /// `Name`; a bare address or name is kept.
  static func person(_ text: String) -> String? {
    let trimmed = text.trimmingSpace()
    guard !trimmed.isEmpty else { return nil }
    if trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") {
      let name = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
        .trimmingSpace()
      let before = trimmed[..<open].trimmingSpace()
      if !name.isEmpty, before.contains("@") || before.isEmpty { return name }
      if name.contains("@"), !before.isEmpty { return before }
    }
    if trimmed.hasSuffix(">"), let open = trimmed.lastIndex(of: "<") {
      let name = trimmed[..<open].trimmingSpace()
      if !name.isEmpty { return name }
      let address = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
      return address.trimmingSpace().isEmpty ? nil : address.trimmingSpace()
    }
    return trimmed
  }

  /// `link` resolved against the `xml:base` attributes in effect at `element` when it is
  /// relative (the outermost base first, each resolved against the ones outside it).
  static func resolve(_ link: String, at element: XMLNodePointer) -> String {
    guard URL(string: link)?.scheme == nil else { return link }
    var bases: [String] = []
    var node: XMLNodePointer? = element
    while let current = node, current.isElement {
      if let base = xmlBase(of: current) { bases.append(base) }
      node = current.pointee.parent
    }
    var base: URL? = nil
    for text in bases.reversed() { base = URL(string: text, relativeTo: base) ?? base }
    guard let base, base.absoluteURL.scheme != nil,
      let resolved = URL(string: link, relativeTo: base)
    else { return link }
    return resolved.absoluteString
  }

  private static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

  /// The element's own `xml:base`, if any.
  private static func xmlBase(of element: XMLNodePointer) -> String? {
    var attribute = element.pointee.properties
    while let current = attribute {
      if let name = current.pointee.name, String(cString: name) == "base",
        let ns = current.pointee.ns, let href = ns.pointee.href,
        String(cString: href) == xmlNamespace
      {
        var value = ""
        var child = current.pointee.children
        while let node = child {
          if let content = node.pointee.content { value += String(cString: content) }
          child = node.pointee.next
        }
        return value.trimmingSpace()
      }
      attribute = current.pointee.next
    }
    return nil
  }

  /// `text` trimmed, or `nil` when nothing is left.
  static func nonEmpty(_ text: String?) -> String? {
    guard let text else { return nil }
    let trimmed = text.trimmingSpace()
    return trimmed.isEmpty ? nil : trimmed
  }
}
