import BylineCore
import Foundation

/// Articles written for the reader's tests: English with entities and a link, Korean, Chinese
/// and Japanese titles, accents (one combining), emoji sequences and an over-long word.
enum TestArticles {
  static func date(_ day: Int) -> Date {
    Date(timeIntervalSince1970: 1_709_251_200 + Double(day) * 86_400)  // 2024-03-01 + day
  }

  static let federal = Article(
    key: ArticleKey(rawValue: "0000000000000001"), title: "The Federal Reserve holds rates",
    source: "/news/wire/fed.txt", author: "Ann Writer", published: date(9),
    paragraphs: [
      Paragraph(
        text: "The Federal Reserve said Jerome Powell will speak in Washington on Friday.",
        links: [Link(range: TextRange(start: 53, end: 63), url: "https://example.org/dc")],
        entities: [
          EntitySpan(range: TextRange(start: 4, end: 19), kind: .organization, entityID: "o1"),
          EntitySpan(range: TextRange(start: 25, end: 38), kind: .person, entityID: "p1"),
          EntitySpan(range: TextRange(start: 67, end: 73), kind: .date, entityID: "d1"),
        ]),
      Paragraph(text: "What was said", kind: .heading),
      Paragraph(text: "Markets barely moved after the statement.", kind: .quote),
      Paragraph(text: "Rates stay at 5.5 percent.", kind: .listItem),
      Paragraph(text: "Analysts expect a cut later in the year, though not before summer."),
    ])

  static let seoul = Article(
    key: ArticleKey(rawValue: "0000000000000002"), title: "서울시, 공항까지 가는 새 지하철 노선 발표",
    source: "https://news.example.kr/seoul/123", published: date(8),
    paragraphs: [Paragraph(text: "서울시는 화요일 새 지하철 노선을 발표했다. 새 노선은 도심과 공항을 연결한다.")])

  static let beijing = Article(
    key: ArticleKey(rawValue: "0000000000000003"), title: "北京国际科技博览会开幕，六百多家企业参展",
    source: "/news/cn/beijing.txt", published: date(7),
    paragraphs: [Paragraph(text: "北京国际科技博览会于周一开幕，来自四十多个国家的六百多家企业参加了展览。")])

  static let tokyo = Article(
    key: ArticleKey(rawValue: "0000000000000004"), title: "東京で桜が満開に",
    source: "/news/jp/tokyo.txt", published: date(6),
    paragraphs: [Paragraph(text: "東京都心で桜が満開になったと気象庁が発表した。")])

  static let cafe = Article(
    key: ArticleKey(rawValue: "0000000000000005"), title: "Re\u{301}ouverture du café 🎉",
    source: "/news/fr/cafe.txt", published: date(5),
    paragraphs: [
      Paragraph(text: "Le cafe\u{301} a rouvert à Montréal après six mois."),
      Paragraph(text: "Séoul 🇰🇷 pouce 👍🏽 famille 👨‍👩‍👧 fête 🎉 fin."),
      Paragraph(text: "Supercalifragilisticexpialidociousandmore is one word."),
    ])

  static let undated = Article(
    key: ArticleKey(rawValue: "0000000000000006"), title: "A note without a date",
    source: "/notes/undated.txt", published: nil,
    paragraphs: [Paragraph(text: "Short.")])

  /// A long article: numbered paragraphs so a snapshot shows where the view is.
  static let long = Article(
    key: ArticleKey(rawValue: "0000000000000007"), title: "A long read about harbours",
    source: "/news/long.txt", published: date(4),
    paragraphs: (1...40).map { number in
      Paragraph(
        text: "Paragraph \(number) begins here and goes on about the harbour, the ships, "
          + "the cranes and the people who work there every day of the week.")
    })

  static let all = [federal, seoul, beijing, tokyo, cafe, undated, long]

  /// `count` small dated articles, for paging tests.
  static func many(_ count: Int) -> [Article] {
    (0..<count).map { index in
      Article(
        key: ArticleKey(rawValue: String(format: "%016x", 1000 + index)),
        title: "Article number \(index)", source: "/bulk/\(index).txt",
        published: Date(timeIntervalSince1970: Double(index) * 3600),
        paragraphs: [Paragraph(text: "Body of article \(index).")])
    }
  }
}
