import CLibXML2
import Foundation

/// Reads an article from an HTML page with libxml2's forgiving HTML parser (never regular
/// expressions), so tag soup still gives readable text and entities are decoded.
///
/// - Title, author, date, canonical URL and site name: see ``PageMetadata`` (JSON-LD, `<meta>`,
///   `<title>` without the site's name, then what the content shows).
/// - Text: the main content found by ``ContentExtractor`` (Readability's way of scoring blocks),
///   else JSON-LD `articleBody` when it is much longer, else the whole `<body>` (a short page, a
///   list page); ``HTMLTextExtractor`` turns the chosen elements into paragraphs. With
///   `extract` off (`byline dump --raw`), the whole `<body>` as before extraction.
enum HTMLReader {
  /// The article in the page `text`, read from `source`.
  static func read(_ text: String, source: String, extract: Bool = true) -> FileIngest {
    let draft = self.draft(text, extract: extract)
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
  static func draft(_ text: String, extract: Bool = true) -> ArticleDraft {
    LibXML.withHTMLDocument(text) { root in draft(root: root, extract: extract) } ?? ArticleDraft()
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

  private static func draft(root: XMLNodePointer, extract: Bool) -> ArticleDraft {
    let found = PageMetadata(root: root)
    var draft = ArticleDraft()
    draft.title = found.title
    draft.url = found.url
    draft.author = found.author
    draft.site = found.siteName
    for candidate in found.dates.reversed() { draft.setDate(candidate) }
    let body = found.body ?? root
    if !extract {
      draft.paragraphs = HTMLTextExtractor.paragraphs(of: body)
      draft.author = draft.author ?? found.relAuthor
      return draft
    }
    if let extraction = ContentExtractor.extract(body: body, title: draft.title),
      extraction.standsOut
    {
      draft.paragraphs = extraction.paragraphs
      draft.author = draft.author ?? extraction.byline
    }
    draft.author = draft.author ?? found.relAuthor
    if let fromJSON = found.jsonLD?.bodyParagraphs, !fromJSON.isEmpty,
      wordCount(fromJSON) > 2 * wordCount(draft.paragraphs)
    {
      draft.paragraphs = fromJSON
    }
    // Nothing stands out (a short page, a list page): the page is read whole.
    if draft.paragraphs.isEmpty, let main = found.article ?? found.main {
      draft.paragraphs = HTMLTextExtractor.paragraphs(of: main)
    }
    if draft.paragraphs.isEmpty { draft.paragraphs = HTMLTextExtractor.paragraphs(of: body) }
    return draft
  }

  private static func wordCount(_ paragraphs: [Paragraph]) -> Int {
    paragraphs.reduce(0) { $0 + $1.text.split(separator: " ").count }
  }
}
