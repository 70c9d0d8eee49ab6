import BylineCore
import Foundation
import Testing

@testable import BylineTUI

/// Issue 5: an entity mentioned by many articles gets a first page of mentions and a "more"
/// row that loads the next page in place.
@Suite struct EntityPagePagingTests {
  static let articles: [Article] = (0..<60).map { index in
    Article(
      key: ArticleKey(rawValue: String(format: "%016x", index + 1)),
      title: "Note \(index)", source: "/notes/\(index).txt",
      url: "https://notes.example/\(index).html", published: TestArticles.date(index),
      paragraphs: [
        Paragraph(
          text: "Ada Lovelace wrote note \(index). See other.html for more.",
          links: [Link(range: TextRange(start: 30, end: 40), url: "other.html")],
          entities: [
            EntitySpan(
              range: TextRange(start: 0, end: 12), kind: .person, entityID: "person:ada-lovelace")
          ])
      ])
  }

  @Test func moreRowLoadsTheNextPageInPlaceWithoutAHistoryStep() throws {
    var reader = ReaderHarness(articles: Self.articles, width: 100, height: 30)
    // The first Tab stop is the article's own link in the header; the second, the mention.
    reader.press(.enter, .tab, .tab)
    #expect(reader.state.status?.text == "Ada Lovelace · person · 60 articles")
    reader.press(.enter)
    var page = try #require(reader.state.navigation.page)
    #expect(page.items.count == PageState.mentionPage + 1)
    #expect(page.lines.contains { $0.pieces.first?.text == "  … 10 more (Enter shows more)" })
    reader.press(.character("G"))
    #expect(reader.state.navigation.page?.selectedItem == .moreMentions)
    reader.press(.enter)
    page = try #require(reader.state.navigation.page)
    #expect(page.items.count == 60)
    #expect(page.selected == PageState.mentionPage)
    #expect(!page.items.contains(.moreMentions))
    reader.press(.backspace)
    #expect(reader.state.navigation.page == nil)
    #expect(reader.state.navigation.back.isEmpty)
  }

  /// A relative link is resolved against the article's URL before asking for the browser.
  @Test func relativeLinkIsResolvedAgainstTheArticleURL() {
    var reader = ReaderHarness(articles: Self.articles, width: 100, height: 30)
    reader.press(.enter, .tab, .tab, .tab, .enter)
    #expect(
      reader.state.status?.text
        == "https://notes.example/other.html — open in browser? (y/n)")
  }
}
