import BylineCore
import Foundation
import Testing

@testable import BylineTUI

/// Issue 18 item 2: the article's own link in its header, the first Tab stop, and `o`.
@Suite struct ArticleLinkTests {
  static let linked = Article(
    key: ArticleKey(rawValue: "00000000000000a1"), title: "A linked story", source: "/n/a.json",
    url: "https://example.org/a-rather-long-path/to/the/story.html?x=1",
    published: TestArticles.date(1),
    paragraphs: [
      Paragraph(
        text: "Jerome Powell spoke.",
        entities: [
          EntitySpan(range: TextRange(start: 0, end: 13), kind: .person, entityID: "person:jp")
        ])
    ])

  @Test func headerShowsTheURLCutByDisplayWidthAndSanitised() {
    var article = Self.linked
    article.url = "https://例え.example/\u{1B}[31mred/一二三四五六七八九十"
    let layout = Reflow.layout(article, width: 24)
    let line = layout.lines.first { $0.paragraph == LaidOutLine.articleLink }
    let text = String(line?.cells.map(\.character) ?? [])
    #expect(text.hasPrefix("https://例え.example/"))
    #expect(text.hasSuffix("…"))
    #expect(!text.unicodeScalars.contains { $0.value == 0x1B })
    #expect(DisplayWidth.columns(of: text) <= 24)
    #expect(line?.cells.allSatisfy { $0.role == .bodyLink } == true)
  }

  @Test func theArticleLinkIsTheFirstTabStopAndOOpensIt() {
    var reader = ReaderHarness(articles: [Self.linked], width: 100, height: 20)
    reader.press(.enter)
    #expect(reader.rows.contains { $0.contains("https://example.org/a-rather-long-path") })
    reader.press(.tab)
    #expect(
      reader.state.navigation.focus?.target == .articleLink(url: Self.linked.url ?? ""))
    #expect(reader.state.status?.text.hasPrefix("Article link: https://example.org/") == true)
    reader.press(.tab)
    #expect(reader.state.navigation.focus?.entityID == "person:jp")
    reader.press(.backTab, .enter)
    #expect(reader.terminalEffects.last == .openInBrowser(url: Self.linked.url ?? ""))
    reader.terminalEffects = []
    reader.press(.character("o"))
    #expect(reader.terminalEffects == [.openInBrowser(url: Self.linked.url ?? "")])
    #expect(reader.state.status?.text == "Opening \(Self.linked.url ?? "")")
  }

  @Test func oRefusesSchemesLinksRefuseAndSaysWhenThereIsNoLink() {
    var script = Self.linked
    script.url = "javascript:alert(1)"
    var reader = ReaderHarness(articles: [script, TestArticles.undated], width: 100, height: 20)
    reader.press(.enter, .character("o"))
    #expect(reader.terminalEffects.isEmpty)
    #expect(reader.state.status?.isError == true)
    reader.press(.character("J"), .character("o"))
    #expect(reader.state.status?.text == "This article has no link")
  }

  @Test func sortOrderMovedToCapitalO() {
    var reader = ReaderHarness(width: 100, height: 20)
    reader.press(.character("O"))
    #expect(reader.state.list.order == .source)
    reader.press(.character("o"))
    #expect(reader.state.list.order == .source)
    #expect(reader.state.status?.text == "no action for o — ? for help")
  }
}
