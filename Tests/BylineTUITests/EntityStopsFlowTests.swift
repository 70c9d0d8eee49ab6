import BylineCore
import Foundation
import Testing

@testable import BylineTUI

/// Issue 14 part 4: `Tab` stops on names and links, not on dates, amounts and percentages
/// (config `entity-stops all` restores them); relative dates have no page and are in no
/// "Often with" list.
@Suite struct EntityStopsFlowTests {
  /// Two articles tagged by hand and linked by the real linker: names, dates (relative and
  /// absolute), an amount and a percentage.
  static let articles: [Article] = {
    func article(_ key: String, _ day: Int, _ markup: String) -> Article {
      EntityLinker.linked(
        Article(
          key: ArticleKey(rawValue: key), title: "Story \(key)", source: "/n/\(key).txt",
          published: TestArticles.date(day),
          paragraphs: [paragraph(markup)]))
    }
    return [
      article(
        "00000000000000b1", 2,
        "On [Monday|DATE] [Angela Merkel|PER] told [Reuters|ORG] in [Berlin|LOC] that [this year|DATE]"
          + " [Siemens|ORG] lost [$2 billion|MONEY], or [4%|PERCENT], since [1989|DATE]."),
      article(
        "00000000000000b2", 1,
        "[Angela Merkel|PER] spoke on [Monday|DATE] about [1989|DATE] in [Berlin|LOC]."),
    ]
  }()

  /// A paragraph from `[text|KIND]` markup.
  static func paragraph(_ markup: String) -> Paragraph {
    var text = String.UnicodeScalarView()
    var spans: [EntitySpan] = []
    var scalars = markup.unicodeScalars[...]
    while let scalar = scalars.popFirst() {
      guard scalar == "[" else {
        text.append(scalar)
        continue
      }
      let start = text.count
      var name = String.UnicodeScalarView()
      var code = ""
      var inKind = false
      while let inner = scalars.popFirst(), inner != "]" {
        if inner == "|" {
          inKind = true
        } else if inKind {
          code.unicodeScalars.append(inner)
        } else {
          name.append(inner)
        }
      }
      text.append(contentsOf: name)
      spans.append(
        EntitySpan(
          range: TextRange(start: start, end: text.count), kind: EntityKind(code: code) ?? .misc))
    }
    return Paragraph(text: String(text), entities: spans)
  }

  /// The text of every `Tab` stop of the first article, in order.
  private func stops(_ config: ReaderConfig) -> [String] {
    var reader = ReaderHarness(articles: Self.articles, width: 100, height: 20, config: config)
    reader.press(.enter)
    var seen: [String] = []
    let text = Self.articles[0].paragraphs[0].text
    for _ in 0..<20 {
      reader.press(.tab)
      guard let focus = reader.state.navigation.focus else { break }
      let piece = text.unicodeScalarSlice(focus.range)
      if seen.last == piece { break }
      seen.append(piece)
    }
    return seen
  }

  @Test func tabSkipsDatesAmountsAndPercentages() {
    #expect(stops(ReaderConfig()) == ["Angela Merkel", "Reuters", "Berlin", "Siemens"])
  }

  @Test func entityStopsAllStopsOnEveryEntity() {
    var config = ReaderConfig()
    _ = ConfigParser.apply("entity-stops all", file: "config", to: &config)
    #expect(
      stops(config) == [
        "Monday", "Angela Merkel", "Reuters", "Berlin", "this year", "Siemens", "$2 billion",
        "4%", "1989",
      ])
  }

  @Test func unknownEntityStopsValueIsReported() {
    var config = ReaderConfig()
    let problems = ConfigParser.apply("entity-stops dates", file: "cfg", to: &config)
    #expect(
      problems == [.invalidValue(setting: "entity-stops", value: "dates", file: "cfg", line: 1)])
    #expect(config.entityStops == .names)
  }

  /// "Often with" holds names and absolute dates: no relative date, amount or percentage.
  @Test func relatedListsHoldNoRelativeDatesAmountsOrPercentages() throws {
    let store = InMemoryArticleStore(articles: Self.articles)
    let page = try #require(
      try store.entityDetails(id: "name:angela-merkel", mentionLimit: 10, relatedLimit: 20))
    let related = page.related.map(\.entity.name)
    #expect(Set(related) == ["Reuters", "Berlin", "Siemens", "1989"])
    var reader = ReaderHarness(articles: Self.articles, width: 100, height: 30, store: store)
    reader.press(.enter, .tab, .enter)
    #expect(reader.state.navigation.page?.entityID == "name:angela-merkel")
    let screen = reader.snapshot.components(separatedBy: "roles:")[0]
    let oftenWith = try #require(screen.components(separatedBy: "Often with").last)
    #expect(oftenWith.contains("Siemens") && oftenWith.contains("Reuters"))
    for absent in ["$2 billion", "4%", "Monday", "this year"] {
      #expect(!oftenWith.contains(absent), "\(absent)")
    }
    var config = ReaderConfig()
    _ = ConfigParser.apply("entity-stops all", file: "config", to: &config)
    var all = ReaderHarness(articles: Self.articles, width: 100, height: 30, config: config)
    all.press(.enter, .tab)
    // "Monday" is highlighted and a stop with `entity-stops all`, but has no page.
    #expect(all.state.navigation.focus?.entityID == nil)
    all.press(.enter)
    #expect(all.state.navigation.page == nil)
  }
}
