import Foundation
import Testing

@testable import BylineCore

/// What a reader sees of real feeds' text: entities, ampersands, Windows-1252 punctuation and
/// escaped markup decode as a browser would (issue 13, feed fidelity).
@Suite struct FeedFidelityTests {
  /// The articles of a feed given as bytes.
  static func articles(_ bytes: [UInt8], path: String = "feed.xml") throws -> [Article] {
    try ArticleReader.read(bytes: bytes, path: path).articles
  }

  /// The articles of a feed given as UTF-8 text.
  static func articles(_ text: String, path: String = "feed.xml") throws -> [Article] {
    try articles(Array(text.utf8), path: path)
  }

  /// An RSS 2.0 feed with one item made of `item`.
  static func rss(_ item: String, namespaces: String = "") -> String {
    """
    <?xml version="1.0"?>
    <rss version="2.0" \(namespaces)><channel><title>Feed</title>
    <item>\(item)</item>
    </channel></rss>
    """
  }

  /// `text` in UTF-16 or UTF-32 of either byte order, without a byte order mark.
  static func encode(_ text: String, as encoding: String) -> [UInt8] {
    let bigEndian = encoding.hasSuffix("BE")
    let units: [UInt32] =
      encoding.hasPrefix("UTF-16") ? text.utf16.map(UInt32.init) : text.unicodeScalars.map(\.value)
    let width = encoding.hasPrefix("UTF-16") ? 2 : 4
    var bytes: [UInt8] = []
    for unit in units {
      let little = (0..<width).map { UInt8(truncatingIfNeeded: unit >> (8 * $0)) }
      bytes += bigEndian ? little.reversed() : little
    }
    return bytes
  }

  static func bodyText(_ article: Article?) -> String {
    (article?.paragraphs ?? []).map(\.text).joined(separator: "\n")
  }

  @Test func undeclaredHTMLEntitiesDecodeInTitlesTextAndCDATA() throws {
    let feed = Self.rss(
      """
      <title>Caf&eacute; &ndash; l&rsquo;&eacute;t&eacute;&nbsp;!</title>
      <description>Cr&egrave;me br&ucirc;l&eacute;e &hellip; &NotNestedLessLess; &fjlig;</description>
      """)
    let article = try #require(try Self.articles(feed).first)
    #expect(article.title == "Café – l’été\u{A0}!" || article.title == "Café – l’été !")
    #expect(Self.bodyText(article) == "Crème brûlée … \u{2AA1}\u{338} fj")

    let cdata = Self.rss(
      "<title>T</title><description><![CDATA[<p>Na&iuml;ve &bigstar; caf&eacute;</p>]]></description>"
    )
    #expect(Self.bodyText(try Self.articles(cdata).first) == "Naïve ★ café")
  }

  @Test func theBundledEntityTableHasEveryHTML5Name() throws {
    let table = try #require(HTMLEntities.table, "the html5-entities resource is bundled")
    #expect(table.count == 2125)
    #expect(table["eacute"] == "é")
    #expect(table["NotNestedLessLess"] == "\u{2AA1}\u{338}")
    #expect(table["Eacute"] == "É")
  }

  @Test func aBareAmpersandSurvivesInTextAndLinks() throws {
    let feed = Self.rss(
      """
      <title>Tom & Jerry &amp; friends</title>
      <link>https://example.org/story?a=1&b=2&copy=3</link>
      <description>Fish & chips; AT&T; 5 &lt; 6 & done</description>
      """)
    let article = try #require(try Self.articles(feed).first)
    #expect(article.title == "Tom & Jerry & friends")
    #expect(article.url == "https://example.org/story?a=1&b=2&copy=3")
    #expect(Self.bodyText(article) == "Fish & chips; AT&T; 5 < 6 & done")
  }

  @Test func referencesAndBytes128To159ReadAsWindows1252() throws {
    let feed = Self.rss(
      "<title>It&#146;s &#147;quoted&#148; &#x96; &#128;5</title>"
        + "<description><![CDATA[<p>Don&#146;t &#151; stop</p>]]></description>")
    let article = try #require(try Self.articles(feed).first)
    #expect(article.title == "It’s “quoted” – €5")
    #expect(Self.bodyText(article) == "Don’t — stop")

    // An ISO-8859-1 feed written by Windows software: 0x93/0x94 are curly quotes, 0xE9 is é.
    var bytes = Array(
      "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><item><title>"
        .utf8)
    bytes += [0x93, 0x43, 0x61, 0x66, 0xE9, 0x94, 0x20, 0x85]
    bytes += Array("</title></item></channel></rss>".utf8)
    let latin = try #require(try Self.articles(bytes).first)
    #expect(latin.title == "“Café” …")
  }

  @Test func escapedMarkupInRSSTitlesAndDescriptionsBecomesText() throws {
    let feed = Self.rss(
      """
      <title>&lt;b&gt;Bold&lt;/b&gt; move &amp;amp; more</title>
      <description>&lt;p&gt;First &amp;eacute;t&amp;eacute;.&lt;/p&gt;&lt;p&gt;Second.&lt;/p&gt;</description>
      """)
    let article = try #require(try Self.articles(feed).first)
    #expect(article.title == "Bold move & more")
    #expect(article.paragraphs.map(\.text) == ["First été.", "Second."])
  }

  @Test func atom03EscapedAndBase64ContentReadLikeAtom10() throws {
    let html = "<p>Hello <b>world</b> &amp; caf&eacute;</p>"
    let base64 = Data(html.utf8).base64EncodedString()
    let feed = """
      <?xml version="1.0"?>
      <feed version="0.3" xmlns="http://purl.org/atom/ns#">
      <entry><title mode="escaped" type="text/html">&lt;i&gt;Escaped&lt;/i&gt; title</title>
      <link rel="alternate" type="text/html" href="https://example.org/1"/>
      <issued>2004-05-01T12:00:00Z</issued>
      <content mode="escaped" type="text/html">&lt;p&gt;Hello &lt;b&gt;world&lt;/b&gt; &amp;amp; caf&amp;eacute;&lt;/p&gt;</content></entry>
      <entry><title>Base64</title><content mode="base64" type="text/html">\(base64)</content></entry>
      <entry><title>XML</title><content type="application/xhtml+xml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hello <b>world</b> &amp; café</p></div></content></entry>
      </feed>
      """
    let articles = try Self.articles(feed)
    try #require(articles.count == 3)
    #expect(articles[0].title == "Escaped title")
    #expect(articles[0].url == "https://example.org/1")
    #expect(articles[0].published.map(DateParser.isoString) == "2004-05-01T12:00:00Z")
    for article in articles {
      #expect(Self.bodyText(article) == "Hello world & café", "\(article.title)")
    }
  }

  @Test func bodiesFollowTheOrderOfPreference() throws {
    let namespaces = """
      xmlns:content="http://purl.org/rss/1.0/modules/content/" \
      xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:media="http://search.yahoo.com/mrss/" \
      xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"
      """
    let parts = [
      "<itunes:summary>itunes</itunes:summary>",
      "<media:group><media:content url=\"https://example.org/v.mp4\">"
        + "<media:description>media</media:description></media:content></media:group>",
      "<description>description</description>",
      "<xhtml:body><xhtml:p>xhtml</xhtml:p></xhtml:body>",
      "<content:encoded><![CDATA[<p>encoded</p>]]></content:encoded>",
    ]
    let expected = ["itunes", "media", "description", "xhtml", "encoded"]
    for count in 1...parts.count {
      // All of the parts up to `count`, the preferred one last in the document.
      let item = "<title>T</title>" + parts.prefix(count).joined()
      let article = try #require(try Self.articles(Self.rss(item, namespaces: namespaces)).first)
      #expect(Self.bodyText(article) == expected[count - 1])
    }
  }

  @Test func elementsAreMatchedByNamespaceNotLocalName() throws {
    let feed = Self.rss(
      """
      <title>T</title>
      <encoded>not content, no namespace</encoded>
      <x:description xmlns:x="http://example.org/other">another vocabulary</x:description>
      <c:encoded xmlns:c="http://purl.org/rss/1.0/modules/content/">the body</c:encoded>
      <x:author xmlns:x="http://example.org/other">Not Him</x:author>
      <dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">Ada Lovelace</dc:creator>
      <x:link xmlns:x="http://example.org/other">https://example.org/wrong</x:link>
      <link>https://example.org/right</link>
      """)
    let article = try #require(try Self.articles(feed).first)
    #expect(Self.bodyText(article) == "the body")
    #expect(article.author == "Ada Lovelace")
    #expect(article.url == "https://example.org/right")
  }

  @Test func rssAuthorsAreShownByName() throws {
    let feed = Self.rss("<title>T</title><author>ada@example.org (Ada Lovelace)</author>")
    #expect(try Self.articles(feed).first?.author == "Ada Lovelace")
  }

  @Test func aFeedIsRecognisedByItsRootWhateverItsDoctype() throws {
    let feed = """
      <?xml version="1.0"?>
      <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
      <rss version="2.0"><channel><item><title>One</title></item><item><title>Two</title></item>
      </channel></rss>
      """
    #expect(FormatDetector.format(of: feed, path: "news.html") == .feed)
    let ingest = try ArticleReader.read(bytes: Array(feed.utf8), path: "news")
    #expect(ingest.format == .feed)
    #expect(ingest.articles.map(\.title) == ["One", "Two"])

    let withSubset = """
      <!DOCTYPE rss [ <!ENTITY copy "&#169;"> <!ELEMENT x (y)> ]>
      <rss version="2.0"><channel><item><title>&copy; Three</title></item></channel></rss>
      """
    #expect(FormatDetector.format(of: withSubset, path: "x") == .feed)
    #expect(try Self.articles(withSubset).map(\.title) == ["© Three"])
    let page = "<!DOCTYPE html><p>Just a page</p>"
    #expect(FormatDetector.format(of: page, path: "x") == .html)
    // A page whose DOCTYPE is followed by a comment longer than the sniffing window.
    let longComment = "<!DOCTYPE html>\n<!--" + String(repeating: "licence ", count: 1000) + "-->"
    #expect(FormatDetector.format(of: longComment + "<html>", path: "x") == .html)
  }

  @Test(arguments: ["UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"])
  func wideUnicodeWithoutAByteOrderMarkIsReadFromTheDeclaration(_ encoding: String) throws {
    let feed = Self.rss("<title>Ünïcödé ✓ 漢字</title>")
      .replacingOccurrences(
        of: "<?xml version=\"1.0\"?>",
        with: "<?xml version=\"1.0\" encoding=\"\(encoding.prefix(6))\"?>")
    let bytes = Self.encode(feed, as: encoding)
    #expect(bytes.first == 0 || bytes[1] == 0, "no byte order mark")
    let ingest = try ArticleReader.read(bytes: bytes, path: "wide.xml")
    #expect(ingest.articles.map(\.title) == ["Ünïcödé ✓ 漢字"])
    #expect(ingest.diagnostics.isEmpty)
  }

  @Test func relativeLinksAreResolvedAgainstXMLBase() throws {
    let rss = """
      <rss version="2.0" xml:base="http://example.org/feeds/"><channel>
      <item><title>T</title><link>post/1</link></item></channel></rss>
      """
    #expect(try Self.articles(rss).first?.url == "http://example.org/feeds/post/1")
    let atom = """
      <feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://example.org/a/">
      <entry xml:base="b/"><title>T</title><link href="c.html"/></entry></feed>
      """
    #expect(try Self.articles(atom).first?.url == "http://example.org/a/b/c.html")
  }

  @Test func atomTitlesWithInlineMarkupAndBase64MediaTypesRead() throws {
    let encoded = Data("<p>Base64 body</p>".utf8).base64EncodedString()
    let atom = """
      <feed xmlns="http://www.w3.org/2005/Atom">
      <entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Inline <b>title</b></div></title>
      <content type="application/octet-stream">\(encoded)</content></entry>
      <entry><title type="html">Naked <a href="x.html">markup</a></title>
      <content type="video/mp4">AAECAwQF</content></entry></feed>
      """
    let articles = try Self.articles(atom)
    #expect(articles.map(\.title) == ["Inline title", "Naked markup"])
    #expect(Self.bodyText(articles.first) == "Base64 body")
    #expect(articles.last?.paragraphs.isEmpty == true, "binary content is not shown as text")
  }

  @Test func jsonFeedsWithABareVersionNumberAreFeeds() throws {
    let json = """
      {"version": "1.1", "title": "Feed", "items": [
      {"id": "1", "title": "One", "url": "https://example.org/1", "content_html": "<p>Caf&eacute;</p>",
       "date_published": "2019-10-12T07:20:50.52Z"}]}
      """
    let article = try #require(try Self.articles(json, path: "feed.json").first)
    #expect(article.title == "One")
    #expect(article.url == "https://example.org/1")
    #expect(Self.bodyText(article) == "Café")
    #expect(article.published.map(DateParser.isoString) == "2019-10-12T07:20:50Z")
  }

  @Test func aBinaryFileThatStartsLikeUTF16IsStillRefused() {
    let bytes: [UInt8] = [0x3C, 0x00, 0x41, 0x00] + [UInt8](repeating: 0, count: 64)
    #expect(throws: IngestError.self) { try ArticleReader.read(bytes: bytes, path: "blob.bin") }
  }

  @Test func entitiesTheDoctypeDeclaresExpandWithinABudget() throws {
    let long = String(repeating: "x", count: 1000)
    let refs = String(repeating: "&big;", count: 3000)
    let feed = """
      <?xml version="1.0"?>
      <!DOCTYPE rss [
        <!ENTITY custom "Custom &#233;dition">
        <!ENTITY nested "&custom;">
        <!ENTITY % param "ignored">
        <!ENTITY big "\(long)">
      ]>
      <rss version="2.0"><channel>
      <item><title>&custom; &nested;</title></item>
      <item><title>Big</title><description>\(refs)</description></item>
      </channel></rss>
      """
    let articles = try Self.articles(feed)
    #expect(articles.first?.title == "Custom édition &nested;")
    let body = Self.bodyText(articles.last)
    #expect(body.utf8.count < 1_200_000, "expansion stops at the budget")
    #expect(body.hasPrefix(long + long))
    #expect(body.hasSuffix("&big;"))
  }
}
