import BylineCore
import Foundation
import Testing

@testable import BylineTUI

/// Issue 13 item 1: `R` shows a web page's whole unextracted text and the article again.
@Suite struct RawViewFlowTests {
  static let paragraph =
    "The council voted on Tuesday to reopen the old harbour baths, which closed in 2009, "
    + "after a long campaign by swimmers, residents and two local schools in Leeds."

  static let page = """
    <html><head><title>Harbour baths to reopen | The Gazette</title></head><body>
    <div class="site-menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/s">Sport</a></div>
    <div id="story" class="article-body">
      <h1>Harbour baths to reopen</h1>
      <div class="share-tools"><a href="/t">Share on Twitter</a> <a href="/f">Share on Facebook</a></div>
      <p>\(paragraph)</p><p>\(paragraph) The works cost two million pounds.</p>
      <p>\(paragraph) Work starts in June.</p>
    </div>
    <div class="related-stories"><ul><li><a href="/a">Pier repairs delayed again</a></li>
      <li><a href="/b">New ferry timetable</a></li></ul></div>
    </body></html>
    """

  /// A folder with the page and a plain text article, read as `byline PATH` reads them.
  static func articles() throws -> (html: Article, text: Article, folder: URL) {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-raw-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let html = folder.appendingPathComponent("baths.html")
    let text = folder.appendingPathComponent("note.txt")
    try page.write(to: html, atomically: true, encoding: .utf8)
    try "A note\n\nJust a plain note about the harbour.\n".write(
      to: text, atomically: true, encoding: .utf8)
    let read = ArticleReader.read(paths: [html.path, text.path]).articles
    let page = try #require(read.first { $0.source.hasSuffix(".html") })
    let note = try #require(read.first { $0.source.hasSuffix(".txt") })
    return (page, note, folder)
  }

  @Test func rTogglesTheWholePageAndBack() throws {
    let (html, _, folder) = try Self.articles()
    defer { try? FileManager.default.removeItem(at: folder) }
    var reader = ReaderHarness(articles: [html], width: 100, height: 40)
    reader.press(.enter)
    #expect(!reader.rows.contains { $0.contains("Share on Twitter") })
    reader.press(.character("j"), .character("j"), .character("j"))
    let anchor = reader.state.body.anchor
    reader.press(.character("R"))
    #expect(reader.rows.contains { $0.contains("Share on Twitter") })
    #expect(reader.state.status?.text.hasPrefix("Whole page shown") == true)
    #expect(reader.state.body.top == 0, "the raw view opens at its top")
    let raw = reader.state.body.article?.paragraphs ?? []
    #expect(raw.contains { $0.text.contains("Pier repairs") })
    #expect(raw.contains { $0.entities.contains { $0.entityID != nil } }, "entities tagged")
    reader.press(.character("R"))
    #expect(!reader.rows.contains { $0.contains("Share on Twitter") })
    #expect(reader.state.status?.text.hasPrefix("Extracted article shown") == true)
    #expect(reader.state.body.anchor == anchor, "the article comes back where it was read")
    #expect(reader.state.body.article == html)
  }

  @Test func rSaysWhyForAnArticleNotFromAWebPage() throws {
    let (_, text, folder) = try Self.articles()
    defer { try? FileManager.default.removeItem(at: folder) }
    var reader = ReaderHarness(articles: [text], width: 100, height: 20)
    reader.press(.enter, .character("R"))
    #expect(
      reader.state.status?.text
        == "The whole text is already shown: this article is not from a web page")
    #expect(reader.state.body.article == text)
    #expect(reader.state.body.extracted == nil)
  }
}
