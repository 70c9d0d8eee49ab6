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
    var diagnostics = draft.warnings(path: source)
    if draft.paragraphs.isEmpty {
      diagnostics.append(
        IngestDiagnostic(
          severity: .warning, path: source,
          message: "no article text found in the page (it may be built by JavaScript)"))
    }
    return FileIngest(
      format: .html, articles: [draft.article(source: source)], diagnostics: diagnostics)
  }

  /// The article in the page `text`, before its metadata is sanitised.
  static func draft(_ text: String) -> ArticleDraft {
    LibXML.withHTMLDocument(text) { root in draft(root: root) } ?? ArticleDraft()
  }

  /// The paragraphs of an HTML fragment, such as a feed item's content.
  static func paragraphs(fromFragment html: String) -> [Paragraph] {
    LibXML.withHTMLDocument(html) { root in HTMLTextExtractor.paragraphs(of: root) } ?? []
  }

  /// Whether `text` looks like HTML rather than plain text: it has a tag (`<` then a letter,
  /// `/` or `!`) or an entity (`&`, then letters or `#` and alphanumerics, then `;`) in its first
  /// 64 KiB.
  static func looksLikeHTML(_ text: String) -> Bool {
    let bytes = Array(text.utf8.prefix(65_536))
    for (index, byte) in bytes.enumerated()
    where byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") {
      guard index + 1 < bytes.count else { break }
      let next = bytes[index + 1]
      if byte == UInt8(ascii: "<") {
        if isASCIILetter(next) || next == UInt8(ascii: "/") || next == UInt8(ascii: "!") {
          return true
        }
        continue
      }
      guard isASCIILetter(next) || next == UInt8(ascii: "#") else { continue }
      var end = index + 2
      while end < bytes.count, end - index <= 10,
        isASCIILetter(bytes[end]) || (bytes[end] >= 0x30 && bytes[end] <= 0x39)
      {
        end += 1
      }
      if end < bytes.count, bytes[end] == UInt8(ascii: ";") { return true }
    }
    return false
  }

  private static func isASCIILetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
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
