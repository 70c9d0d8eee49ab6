import CLibXML2
import Foundation

/// Turns an HTML (or XHTML) subtree into paragraphs: block elements (`p`, `h1`–`h6`, `li`,
/// `blockquote`, `pre`, `div`, table rows, …) end paragraphs; headings, list items and quotes get
/// their kind; `<a href>` becomes a link; scripts, styles, navigation, headers, footers, asides,
/// forms and hidden elements are dropped. Text outside any block (tag soup) still reads as
/// paragraphs. The walk is iterative, so deeply nested input cannot exhaust the stack.
struct HTMLTextExtractor {
  private(set) var paragraphs: [Paragraph] = []
  private var builder = ParagraphBuilder()
  private var headingDepth = 0
  private var listItemDepth = 0
  private var quoteDepth = 0
  private var preDepth = 0
  private var linkDepth = 0
  /// Elements to leave out with everything below them (boilerplate found by
  /// ``ContentExtractor``).
  var dropped: Set<XMLNodePointer> = []

  /// Elements whose content is never article text.
  static let skipped: Set<String> = [
    "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template", "svg",
    "iframe", "button", "select", "textarea", "head", "title", "object", "embed", "canvas",
    "math", "input", "audio", "video", "map", "dialog", "menu",
  ]

  /// Elements that start and end a paragraph.
  static let blocks: Set<String> = [
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
    "blockquote", "pre", "section", "article", "main", "table", "tr", "thead", "tbody", "tfoot",
    "caption", "figure", "figcaption", "br", "hr", "address", "center", "details", "summary",
    "body", "html", "hgroup", "fieldset", "legend",
  ]

  /// The paragraphs of `root` and everything below it.
  static func paragraphs(of root: XMLNodePointer) -> [Paragraph] {
    var extractor = HTMLTextExtractor()
    extractor.add(root)
    return extractor.paragraphs
  }

  /// Adds the paragraphs of `root` and everything below it.
  mutating func add(_ root: XMLNodePointer) {
    root.walk(enter: { enter($0) }, exit: { exit($0) })
    flush()
  }

  private mutating func enter(_ node: XMLNodePointer) -> Bool {
    if node.isText {
      if preDepth > 0 {
        builder.appendPreformatted(node.textValue)
      } else {
        builder.append(node.textValue)
      }
      return false
    }
    guard node.isElement else { return false }
    let name = node.localName
    if Self.skipped.contains(name) || dropped.contains(node) || node.attribute("hidden") != nil
      || node.attribute("aria-hidden") == "true"
    {
      return false
    }
    if Self.blocks.contains(name) {
      flush()
      switch name {
      case "h1", "h2", "h3", "h4", "h5", "h6": headingDepth += 1
      case "li", "dt", "dd": listItemDepth += 1
      case "blockquote": quoteDepth += 1
      case "pre": preDepth += 1
      default: break
      }
    } else if name == "td" || name == "th" {
      builder.appendSpace()
    } else if name == "a", let href = node.attribute("href"), isUsefulLink(href) {
      builder.beginLink(href)
      linkDepth += 1
    } else if name == "img", let alt = node.attribute("alt"), !alt.isEmpty, linkDepth > 0 {
      builder.append(alt)
    }
    return true
  }

  private mutating func exit(_ node: XMLNodePointer) {
    guard node.isElement else { return }
    let name = node.localName
    if Self.skipped.contains(name) || dropped.contains(node) { return }
    if Self.blocks.contains(name) {
      flush()
      switch name {
      case "h1", "h2", "h3", "h4", "h5", "h6": headingDepth = max(0, headingDepth - 1)
      case "li", "dt", "dd": listItemDepth = max(0, listItemDepth - 1)
      case "blockquote": quoteDepth = max(0, quoteDepth - 1)
      case "pre": preDepth = max(0, preDepth - 1)
      default: break
      }
    } else if name == "td" || name == "th" {
      builder.appendSpace()
    } else if name == "a", linkDepth > 0, let href = node.attribute("href"), isUsefulLink(href) {
      builder.endLink()
      linkDepth -= 1
    }
  }

  private func isUsefulLink(_ href: String) -> Bool {
    let trimmed = href.trimmingSpace().lowercased()
    return !trimmed.isEmpty && !trimmed.hasPrefix("javascript:") && !trimmed.hasPrefix("#")
  }

  private mutating func flush() {
    let kind: ParagraphKind =
      headingDepth > 0
      ? .heading : listItemDepth > 0 ? .listItem : quoteDepth > 0 ? .quote : .body
    if let paragraph = builder.finish(kind: kind) { paragraphs.append(paragraph) }
  }
}
