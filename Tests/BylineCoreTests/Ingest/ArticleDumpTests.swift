import Foundation
import Testing

@testable import BylineCore

/// `byline dump`'s text: wrapping by terminal columns and the marks for each paragraph kind.
@Suite struct ArticleDumpTests {
  private let article = Article(
    key: ArticleKey(rawValue: "0"), title: "서울 올림픽 개막: 159개국 선수단", source: "s.txt",
    url: "https://byline.example/x", author: nil,
    published: DateParser.date(from: "Sun, 27 Sep 2020 23:30:00 -0200"),
    paragraphs: [
      Paragraph(text: "1988년 9월 17일, 제24회 하계 올림픽이 서울 잠실 올림픽 주경기장에서 개막했다."),
      Paragraph(text: "Heading", kind: .heading),
      Paragraph(text: "A quoted sentence that is long enough to wrap twice here.", kind: .quote),
      Paragraph(
        text: "An item 🚀 that wraps onto a second line", kind: .listItem,
        links: [Link(range: TextRange(start: 3, end: 7), url: "https://x.test/")]),
    ])

  @Test func wrapsByDisplayColumnsAndMarksKinds() {
    let text = ArticleDump.text(of: article, width: 24)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    // Title and paragraphs wrap; header fields and the link list keep URLs whole.
    for line in lines where !line.hasPrefix("URL: ") && !line.hasPrefix("[") {
      #expect(DisplayWidth.columns(of: line) <= 24, "\(line)")
    }
    #expect(lines.contains("Date: 2020-09-28"), "the UTC calendar date")
    #expect(lines.contains("## Heading"))
    #expect(lines.contains { $0.hasPrefix("> A quoted") })
    #expect(lines.contains("• An item 🚀 that wraps"))
    #expect(lines.contains("  onto a second line"))
    #expect(lines.contains("[1] item → https://x.test/"))
    #expect(!lines.contains { $0.hasPrefix("Author:") }, "no author line without an author")
  }

  @Test func wordLongerThanTheLineIsCutBetweenGraphemes() {
    let lines = TextWrapper.wrap("가나다라마바사아자차", width: 7)
    #expect(lines == ["가나다", "라마바", "사아자", "차"])
  }
}
