import Foundation
import Testing

@testable import BylineCore

/// Feeds in legacy character sets, named by any IANA name or alias, are converted by iconv; links
/// with script schemes are dropped (issue 13, feed fidelity).
@Suite struct FeedCharsetTests {
  /// A feed whose one title is `title` in `bytes` (already in the declared `encoding`).
  static func feed(encoding: String, title: [UInt8]) -> [UInt8] {
    Array(
      "<?xml version=\"1.0\" encoding=\"\(encoding)\"?>\n<rss version=\"2.0\"><channel><item><title>"
        .utf8)
      + title + Array("</title></item></channel></rss>\n".utf8)
  }

  @Test(
    arguments: [
      // Shift_JIS under its IANA name, aliases, and the WHATWG label glibc lacks.
      ("Shift_JIS", [0x93, 0xFA, 0x96, 0x7B], "日本"), ("MS_Kanji", [0x93, 0xFA, 0x96, 0x7B], "日本"),
      ("csShiftJIS", [0x93, 0xFA, 0x96, 0x7B], "日本"), ("x-sjis", [0x93, 0xFA, 0x96, 0x7B], "日本"),
      ("EUC-JP", [0xC6, 0xFC, 0xCB, 0xDC], "日本"),
      ("csEUCPkdFmtJapanese", [0xC6, 0xFC, 0xCB, 0xDC], "日本"),
      // Korean: EUC-KR and the IANA name ks_c_5601-1987 browsers read as windows-949.
      ("EUC-KR", [0xC7, 0xD1, 0xB1, 0xB9], "한국"),
      ("ks_c_5601-1987", [0xC7, 0xD1, 0xB1, 0xB9], "한국"),
      ("KOI8-R", [0xF2, 0xD5, 0xD3, 0xD8], "Русь"), ("csKOI8R", [0xF2, 0xD5, 0xD3, 0xD8], "Русь"),
      ("windows-1251", [0xD0, 0xF3, 0xF1, 0xFC], "Русь"),
      ("cp1251", [0xD0, 0xF3, 0xF1, 0xFC], "Русь"),
      ("GB2312", [0xD6, 0xD0, 0xCE, 0xC4], "中文"), ("GBK", [0xD6, 0xD0, 0xCE, 0xC4], "中文"),
      ("Big5", [0xA4, 0xA4, 0xA4, 0xE5], "中文"), ("csBig5", [0xA4, 0xA4, 0xA4, 0xE5], "中文"),
      ("ISO-8859-7", [0xC5, 0xEB, 0xEB, 0xDC, 0xE4, 0xE1], "Ελλάδα"),
      ("ISO-8859-8-I", [0xF9, 0xEC, 0xE5, 0xED], "שלום"),
      ("ISO-8859-15", [0xA4, 0x35], "€5"), ("latin-9", [0xA4, 0x35], "€5"),
      ("TIS-620", [0xE4, 0xB7, 0xC2], "ไทย"), ("macintosh", [0x8E, 0x74, 0x8E], "ete"),
      ("x-mac-roman", [0x8E, 0x74, 0x8E], "ete"),
      // A stateful 7-bit encoding (valid UTF-8 too): escape sequences switch character sets.
      ("ISO-2022-JP", [0x1B, 0x24, 0x42, 0x46, 0x7C, 0x4B, 0x5C, 0x1B, 0x28, 0x42], "日本"),
    ] as [(String, [UInt8], String)])
  func charsetsAreConvertedByIconvUnderTheirNamesAndAliases(
    _ encoding: String, _ title: [UInt8], _ expected: String
  ) throws {
    let expected = encoding.lowercased().contains("mac") ? "\u{E9}t\u{E9}" : expected
    let ingest = try ArticleReader.read(
      bytes: Self.feed(encoding: encoding, title: title), path: "legacy.xml")
    #expect(ingest.articles.map(\.title) == [expected], "\(encoding)")
    #expect(ingest.diagnostics.isEmpty, "\(encoding): \(ingest.diagnostics)")
  }

  @Test(arguments: [
    "ISO-8859-1", "latin1", "l1", "IBM819", "CP819", "csISOLatin1", "iso-ir-100",
    "ISO_8859-1:1987", "US-ASCII", "ascii", "ANSI_X3.4-1968", "csASCII", "windows-1252", "cp1252",
  ])
  func latin1AndASCIILabelsReadAsWindows1252(_ label: String) throws {
    let ingest = try ArticleReader.read(
      bytes: Self.feed(encoding: label, title: [0x93, 0x43, 0x61, 0x66, 0xE9, 0x94, 0x20, 0x80]),
      path: "latin.xml")
    #expect(ingest.articles.map(\.title) == ["“Café” €"], "\(label)")
  }

  @Test func bytesInvalidInTheDeclaredCharsetAreReplacedWithAWarning() throws {
    // 0x82 0xA0 is Shift_JIS あ; 0xFF is invalid in it.
    let ingest = try ArticleReader.read(
      bytes: Self.feed(encoding: "Shift_JIS", title: [0x82, 0xA0, 0xFF, 0x41]), path: "bad.xml")
    #expect(ingest.articles.map(\.title) == ["あ\u{FFFD}A"])
    #expect(
      ingest.diagnostics.map(\.message) == ["1 byte is not valid shift_jis; shown as \u{FFFD}"])
  }

  @Test func anUnknownCharsetFallsBackToWindows1252WithAWarning() throws {
    let ingest = try ArticleReader.read(
      bytes: Self.feed(encoding: "no-such-charset", title: [0x43, 0x61, 0x66, 0xE9]),
      path: "odd.xml")
    #expect(ingest.articles.map(\.title) == ["Café"])
    #expect(ingest.diagnostics.first?.message == "not valid UTF-8; read as Windows-1252")
  }

  @Test(arguments: [
    "javascript:alert(1)", "JavaScript:alert(1)", " java\tscript:alert(1)",
    "data:text/html,<b>x</b>",
    "DATA:text/html;base64,PGI+", "vbscript:msgbox(1)",
  ])
  func itemLinksWithScriptSchemesAreDropped(_ link: String) throws {
    let escaped = link.replacingOccurrences(of: "&", with: "&amp;")
      .replacingOccurrences(of: "<", with: "&lt;")
    let rss =
      "<rss version=\"2.0\"><channel><item><title>T</title><link>\(escaped)</link>"
      + "</item></channel></rss>"
    let atom =
      "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>T</title>"
      + "<link href=\"\(escaped)\"/></entry></feed>"
    let json = """
      {"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1", "title": "T", \
      "url": "\(link.replacingOccurrences(of: "\t", with: "\\t"))"}]}
      """
    for (text, path) in [(rss, "f.rss"), (atom, "f.atom"), (json, "f.json")] {
      let ingest = try ArticleReader.read(bytes: Array(text.utf8), path: path)
      #expect(ingest.articles.count == 1, "\(path)")
      #expect(ingest.articles.first?.url == nil, "\(path): \(link)")
    }
    let safe =
      "<rss version=\"2.0\"><channel><item><title>T</title>"
      + "<link>https://example.org/javascript:not-a-scheme</link></item></channel></rss>"
    #expect(
      try ArticleReader.read(bytes: Array(safe.utf8), path: "f.rss").articles.first?.url
        == "https://example.org/javascript:not-a-scheme")
  }
}
