import Testing

@testable import BylineCore

/// Link ranges count Unicode scalars in the sanitised text, whatever came before the link.
@Suite struct IngestLinkRangeTests {
  private func onlyParagraph(_ text: String, path: String) throws -> Paragraph {
    let ingest = ArticleReader.read(text: text, path: path)
    let article = try #require(ingest.articles.first)
    return try #require(article.paragraphs.first)
  }

  @Test func markdownLinkAfterWideCharactersAndEscapes() throws {
    let paragraph = try onlyParagraph(
      "# T\n\n서울 🚀 \u{1B}[2Jsee **the** [Seoul *Olympics*](https://byline.example/o) now\n",
      path: "a.md")
    #expect(paragraph.text == "서울 🚀 see the Seoul Olympics now")
    let link = try #require(paragraph.links.first)
    #expect(paragraph.text.unicodeScalarSlice(link.range) == "Seoul Olympics")
    #expect(link.range == TextRange(start: 13, end: 27))
    #expect(link.url == "https://byline.example/o")
  }

  @Test func htmlLinkRangesSurviveEntitiesWhitespaceAndSoftHyphens() throws {
    let html =
      "<p>Caf&eacute;\n  &nbsp; un\u{AD}der <a href=\"/x\">  the\n <b>Wall</b> </a>&amp; more</p>"
    let paragraph = try onlyParagraph(html, path: "a.html")
    #expect(paragraph.text == "Café under the Wall & more")
    let link = try #require(paragraph.links.first)
    #expect(paragraph.text.unicodeScalarSlice(link.range) == "the Wall")
  }

  @Test func formatIsChosenByContentBeforeExtension() {
    #expect(FormatDetector.format(of: "<rss version=\"2.0\">", path: "x.txt") == .feed)
    #expect(FormatDetector.format(of: "<?xml version=\"1.0\"?>\n<feed>", path: "x") == .feed)
    #expect(FormatDetector.format(of: "<!-- c -->\n<rdf:RDF>", path: "x") == .feed)
    #expect(FormatDetector.format(of: "<!DOCTYPE html><p>x", path: "x.md") == .html)
    #expect(FormatDetector.format(of: "{\"a\":1}\n{\"a\":2}\n", path: "x.json") == .jsonLines)
    #expect(
      FormatDetector.format(of: "{\"version\": \"https://jsonfeed.org/version/1.1\"}", path: "x")
        == .json)
    #expect(FormatDetector.format(of: "---\ntitle: x\n---\nbody", path: "x.txt") == .markdown)
    #expect(FormatDetector.format(of: "Just text", path: "notes.md") == .markdown)
    #expect(FormatDetector.format(of: "Just text", path: "page.HTML") == .html)
    #expect(FormatDetector.format(of: "Just text", path: "noextension") == .plainText)
  }
}
