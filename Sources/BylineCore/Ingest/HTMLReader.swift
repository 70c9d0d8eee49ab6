import CLibXML2
import Foundation

/// Reads an article from an HTML page with libxml2's forgiving HTML parser (never regular
/// expressions), so tag soup still gives readable text and entities are decoded.
///
/// - Title: `og:title`, else `<title>`, else the first `<h1>`.
/// - Date: `article:published_time`, else the first `<time datetime>`, else other common date
///   metadata (`date`, `dc.date`, `pubdate`, `itemprop=datePublished`).
/// - Author: `<meta name=author>`, else `article:author` (when not a URL), else a `rel=author`
///   link's text.
/// - URL: `<link rel=canonical>`, else `og:url`.
/// - Text: the first `<article>`, else `<main>` (or `role=main`), else `<body>`; see
///   ``HTMLTextExtractor`` for what becomes paragraphs.
enum HTMLReader {
  /// The article in the page `text`, read from `source`.
  static func read(_ text: String, source: String) -> FileIngest {
    let draft = self.draft(text)
    return FileIngest(
      format: .html, articles: [draft.article(source: source)],
      diagnostics: draft.warnings(path: source))
  }

  /// The article in the page `text`, before its metadata is sanitised.
  static func draft(_ text: String) -> ArticleDraft {
    LibXML.withHTMLDocument(text) { root in draft(root: root) } ?? ArticleDraft()
  }

  /// The paragraphs of an HTML fragment, such as a feed item's content.
  static func paragraphs(fromFragment html: String) -> [Paragraph] {
    LibXML.withHTMLDocument(html) { root in HTMLTextExtractor.paragraphs(of: root) } ?? []
  }

  /// Whether `text` looks like HTML rather than plain text: it has a tag or an entity.
  static func looksLikeHTML(_ text: String) -> Bool {
    var previous: UInt8 = 0
    for byte in text.utf8.prefix(65_536) {
      if previous == UInt8(ascii: "<"),
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
          || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || byte == UInt8(ascii: "/")
          || byte == UInt8(ascii: "!")
      {
        return true
      }
      previous = byte
    }
    return text.contains("&amp;") || text.contains("&#") || text.contains("&quot;")
      || text.contains("&nbsp;") || text.contains("&lt;")
  }

  private static func draft(root: XMLNodePointer) -> ArticleDraft {
    let found = PageMetadata(root: root)
    var draft = ArticleDraft()
    draft.title = found.openGraphTitle ?? found.titleElement ?? found.firstHeading
    draft.url = found.canonicalURL ?? found.openGraphURL
    draft.author = found.metaAuthor ?? found.articleAuthor ?? found.relAuthor
    for candidate in found.dates.reversed() { draft.setDate(candidate) }
    var paragraphs: [Paragraph] = []
    if let main = found.article ?? found.main {
      paragraphs = HTMLTextExtractor.paragraphs(of: main)
    }
    if paragraphs.isEmpty { paragraphs = HTMLTextExtractor.paragraphs(of: found.body ?? root) }
    draft.paragraphs = paragraphs
    return draft
  }
}
