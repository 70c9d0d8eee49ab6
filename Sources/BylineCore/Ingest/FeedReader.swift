import CLibXML2
import Foundation

/// Reads RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 1.0 and Atom 0.3 feeds with libxml2's XML parser
/// (recovering from slightly broken feeds, with no network access and no external entities).
/// Character references are repaired first (see ``CharacterReferenceRepair``: HTML entities,
/// bare ampersands, Windows-1252 references). Each item or entry becomes an article whose source
/// is the feed file; see ``RSSItemReader`` and ``AtomEntryReader``.
enum FeedReader {
  /// The articles in the feed `text`, read from `source`, and a warning when the XML was broken
  /// and had to be recovered.
  static func read(_ text: String, source: String) -> FileIngest {
    let repaired = CharacterReferenceRepair.repaired(text, mode: .xml)
    let parsed = LibXML.withXMLDocument(repaired) { root, problem -> FileIngest in
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
      switch FeedNamespace.name(of: root) {
      case (let namespace, "feed") where namespace.isAtom: drafts = AtomEntryReader.entries(root)
      case (_, "rss"), (.rdf, "rdf"), (.none, "rdf"): drafts = RSSItemReader.items(root)
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

  /// Paragraphs from item content: HTML through the HTML reader, plain text split at blank lines.
  static func paragraphs(fromContent content: String, type: String?) -> [Paragraph] {
    FeedText.paragraphs(content, type: type)
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
}
