import Foundation
import Testing

@testable import BylineCore

/// Main-content extraction from web pages: the article without the page around it, in reading
/// order, with its metadata (issue 13, part A).
@Suite struct MainContentTests {
  static let paragraph =
    "The council voted on Tuesday to reopen the old harbour baths, which closed in 2009, "
    + "after a long campaign by swimmers, residents and two local schools."

  /// A news page with everything a reader-mode extractor should drop around the article.
  static let page = """
    <html><head><title>Harbour baths to reopen next year | The Gazette</title>
    <meta property="og:site_name" content="The Gazette">
    <meta property="article:published_time" content="2024-05-07T10:00:00Z">
    <link rel="canonical" href="https://gazette.test/baths"></head>
    <body>
    <div class="site-menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></div>
    <div class="cookie-banner">We use cookies to improve your experience on this site.</div>
    <div id="story" class="article-body">
      <h1>Harbour baths to reopen next year</h1>
      <div class="byline">By Ada Lovelace</div>
      <div class="share-tools"><a href="/s/tw">Share on Twitter</a> <a href="/s/fb">Share on Facebook</a></div>
      <p>\(paragraph)</p>
      <h2>Who pays for the works</h2>
      <p>\(paragraph) The works will cost about two million pounds, paid by the city.</p>
      <ul><li>Opening hours: seven to nine, every day of the year</li>
          <li>Entry: free for children under twelve, and for all on Sundays</li></ul>
      <blockquote><p>"We never stopped believing," said the campaign's chair, smiling.</p></blockquote>
      <figure><img src="b.jpg" alt=""><figcaption>The baths in 1935, before the war.</figcaption></figure>
      <p>\(paragraph) Work starts in June, and the baths open next summer.</p>
      <div class="newsletter-signup"><p>Sign up for our morning newsletter, delivered every day.</p></div>
    </div>
    <div class="related-stories"><ul>
      <li><a href="/a">Pier repairs delayed again</a></li><li><a href="/b">New ferry timetable</a></li>
      <li><a href="/c">Beach cleanup this weekend</a></li></ul></div>
    <div id="comments"><p>First! This is the best news I have read all year, well done.</p></div>
    </body></html>
    """

  static func read(_ html: String, extract: Bool = true) -> Article? {
    ArticleReader.parse(text: html, format: .html, path: "page.html", extractMainContent: extract)
      .articles.first
  }

  @Test func articleIsKeptAndBoilerplateDropped() throws {
    let article = try #require(Self.read(Self.page))
    let text = article.paragraphs.map(\.text).joined(separator: "\n")
    #expect(text.contains("The council voted on Tuesday"))
    #expect(text.contains("Work starts in June"))
    for boilerplate in [
      "Home", "cookies", "Share on Twitter", "newsletter", "Pier repairs", "First!", "By Ada",
    ] {
      #expect(!text.contains(boilerplate), "\(boilerplate) is dropped")
    }
  }

  @Test func headingsListsQuotesAndCaptionsStayInReadingOrder() throws {
    let article = try #require(Self.read(Self.page))
    let kinds = article.paragraphs.map(\.kind)
    #expect(
      kinds == [.body, .heading, .body, .listItem, .listItem, .quote, .body, .body],
      "\(article.paragraphs.map(\.text))")
    #expect(article.paragraphs[1].text == "Who pays for the works")
    #expect(article.paragraphs[6].text == "The baths in 1935, before the war.")
  }

  @Test func metadataComesFromThePage() throws {
    let article = try #require(Self.read(Self.page))
    #expect(article.title == "Harbour baths to reopen next year", "the site's name is taken off")
    #expect(article.author == "By Ada Lovelace", "the byline element, as no metadata names one")
    #expect(article.site == "The Gazette")
    #expect(article.url == "https://gazette.test/baths")
    #expect(article.published.map(DateParser.isoString) == "2024-05-07T10:00:00Z")
  }

  @Test func rawReadingKeepsTheWholePage() throws {
    let article = try #require(Self.read(Self.page, extract: false))
    let text = article.paragraphs.map(\.text).joined(separator: "\n")
    #expect(text.contains("Share on Twitter"))
    #expect(text.contains("Pier repairs delayed again"))
    #expect(text.contains("The council voted on Tuesday"))
  }

  @Test func jsonLDGivesTitleAuthorDateSiteAndAFallbackBody() throws {
    let html = """
      <html><head><title>Ignored title - Site</title>
      <script type="application/ld+json">
      {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "Not this"},
        {"@type": "NewsArticle", "headline": "Rates held at 5%",
         "author": [{"@type": "Person", "name": "Ann Lee"}, {"@type": "Person", "name": "Bo Chan"}],
         "datePublished": "2024-03-01T08:00:00+01:00",
         "publisher": {"@type": "Organization", "name": "Money Daily"},
         "articleBody": "The bank held rates at five percent on Thursday, as expected by markets.\\nThe decision was unanimous, the bank said in a statement after the meeting."}
      ]}
      </script></head>
      <body><div id="app">Loading…</div></body></html>
      """
    let article = try #require(Self.read(html))
    #expect(article.title == "Rates held at 5%")
    #expect(article.author == "Ann Lee, Bo Chan")
    #expect(article.site == "Money Daily")
    #expect(article.published.map(DateParser.isoString) == "2024-03-01T07:00:00Z")
    #expect(article.paragraphs.count == 2)
    #expect(article.paragraphs.first?.text.hasPrefix("The bank held rates") == true)
  }

  @Test(arguments: [
    ("Harbour baths to reopen next summer | The Gazette", "Harbour baths to reopen next summer"),
    ("Harbour baths to reopen next summer - The Gazette", "Harbour baths to reopen next summer"),
    ("The Gazette » Harbour baths to reopen next summer", "Harbour baths to reopen next summer"),
    ("Short | Site", "Short | Site"),
    ("No separator in this title at all", "No separator in this title at all"),
  ])
  func siteNameIsTakenOffTheTitle(title: String, expected: String) {
    #expect(PageTitle.clean(title, headings: []) == expected)
  }

  @Test func aShortPageWithNothingStandingOutIsReadWhole() throws {
    let html = """
      <html><body><h1>Notes</h1><p>Buy milk.</p><div>Call <b>Sam</b> back.</div>
      <table><tr><td>Mon</td><td>Gym</td></tr></table></body></html>
      """
    let article = try #require(Self.read(html))
    #expect(article.paragraphs.map(\.text) == ["Buy milk.", "Call Sam back.", "Mon Gym"])
  }

  @Test func jsonDumpIsOneObjectALine() throws {
    let article = try #require(Self.read(Self.page))
    let line = ArticleJSON.line(of: article)
    #expect(line.hasSuffix("}\n"))
    #expect(!line.dropLast().contains("\n"))
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    #expect(object["title"] as? String == "Harbour baths to reopen next year")
    #expect(object["published"] as? String == "2024-05-07T10:00:00Z")
    #expect(object["site"] as? String == "The Gazette")
    #expect(object["source"] as? String == "page.html")
    let paragraphs = try #require(object["paragraphs"] as? [[String: Any]])
    #expect(paragraphs.map { $0["kind"] as? String }[1] == "heading")
    #expect(
      object["body"] as? String == article.paragraphs.map(\.text).joined(separator: "\n\n"))
    let bare = ArticleJSON.line(
      of: Article(key: article.key, title: "T", source: "s", paragraphs: []))
    #expect(bare.contains("\"author\":null"), "absent fields are null, not missing")
  }

  @Test func manyNestedBylinesStayCheap() {
    // Each byline-looking element holds more than a byline: reading one must not read all.
    let depth = 20_000
    let html =
      "<html><body>" + String(repeating: "<div class=\"author\">x ", count: depth)
      + "<p>\(Self.paragraph)</p>" + String(repeating: "</div>", count: depth) + "</body></html>"
    let ingest = ArticleReader.parse(text: html, format: .html, path: "deep.html")
    #expect(ingest.articles.count == 1)
  }
}
