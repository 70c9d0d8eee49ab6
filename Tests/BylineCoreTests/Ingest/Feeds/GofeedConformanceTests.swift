import Foundation
import Testing

@testable import BylineCore

/// gofeed's feed-parser fixtures as a conformance suite (read from `../shared/peer/gofeed`, never
/// copied into the repository): for every fixture, the item titles, links, dates, authors and
/// text Byline shows must agree with gofeed's expected JSON wherever Byline models the field.
///
/// Expected values are compared as a reader sees them: markup in an expected value is read as
/// HTML and reduced to its text (by Byline's HTML reader, the same for both sides), whitespace is
/// collapsed. Every check that fails must be listed in ``knownMisses`` with its reason.
@Suite struct GofeedConformanceTests {
  static let testdata = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("../shared/peer/gofeed/testdata").standardized

  static let testdataIsPresent = FileManager.default.fileExists(
    atPath: testdata.appendingPathComponent("parser").path)

  /// Checks Byline fails, by `fixture#item#field`, with the reason.
  static let knownMisses: [String: String] = [
    "parser/rss/rdf_item_links.xml#1#link": Self.lastLinkReason,
    "parser/rss/rss_channel_item_links.xml#1#link": Self.lastLinkReason,
    "translator/rss/feed_item_links_-_rss_channel_item_links.xml#1#link": Self.lastLinkReason,
  ]

  /// Why Byline differs from gofeed on items with several `<link>` elements.
  static let lastLinkReason =
    "the item has <link>http://example.org</link>, <link>http://example2.org</link> and a "
    + "namespace-less <link href=\"http://example3.org\"/>; gofeed takes the last link's href, "
    + "Byline the first <link>'s text (RSS 2.0 allows one <link>, and an href attribute is not RSS)"

  /// One fixture: the feed, its expected JSON and the model it is written in.
  struct Fixture {
    var name: String
    var input: URL
    var expected: URL
    var model: GofeedExpectation.Model
  }

  static func fixtures() -> [Fixture] {
    var fixtures: [Fixture] = []
    let manager = FileManager.default
    let folders: [(String, GofeedExpectation.Model)] = [
      ("translator/rss", .universal), ("translator/atom", .universal),
      ("translator/json", .universal), ("parser/rss", .rss), ("parser/atom", .atom),
      ("parser/json", .json), ("extensions/dublincore", .universal),
      ("extensions/itunes", .universal), ("extensions/media", .universal),
    ]
    for (folder, model) in folders {
      let url = testdata.appendingPathComponent(folder)
      let names = ((try? manager.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
      for name in names where name.hasSuffix(".json") {
        let base = String(name.dropLast(".json".count))
        if folder.hasSuffix("json") {
          guard base.hasSuffix("_expected") else { continue }
          let input = String(base.dropLast("_expected".count)) + ".json"
          fixtures.append(
            Fixture(
              name: "\(folder)/\(input)", input: url.appendingPathComponent(input),
              expected: url.appendingPathComponent(name), model: model))
        } else {
          let input = url.appendingPathComponent(base + ".xml")
          guard manager.fileExists(atPath: input.path) else { continue }
          fixtures.append(
            Fixture(
              name: "\(folder)/\(base).xml", input: input,
              expected: url.appendingPathComponent(name), model: model))
        }
      }
    }
    return fixtures
  }

  /// Text as a reader sees it: HTML reduced to text when it looks like HTML, white space
  /// collapsed.
  static func shown(_ text: String) -> String {
    TextSanitizer.collapseWhitespace(FeedText.line(text))
  }

  /// The paragraphs a reader sees of an expected body, the first one dropped when it only
  /// repeats the title (as Byline does).
  static func shownBody(_ text: String, title: String) -> String {
    var paragraphs = FeedText.paragraphs(text, type: nil).map {
      TextSanitizer.collapseWhitespace($0.text)
    }
    if let first = paragraphs.first, first == title { paragraphs.removeFirst() }
    return paragraphs.joined(separator: " ")
  }

  /// The result of checking every fixture: how many checks ran, and the failures by key.
  struct Outcome {
    var checks = 0
    var misses: [String: String] = [:]

    mutating func check(_ key: String, _ expected: String, _ actual: String?) {
      checks += 1
      if expected != actual { misses[key] = "expected \"\(expected)\", shown \"\(actual ?? "—")\"" }
    }
  }

  static func run() throws -> Outcome {
    var outcome = Outcome()
    for fixture in fixtures() {
      let data = try Data(contentsOf: fixture.expected)
      guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
        continue
      }
      let expectation = GofeedExpectation(object, model: fixture.model)
      let bytes = [UInt8]((try? Data(contentsOf: fixture.input)) ?? Data())
      let articles =
        (try? ArticleReader.read(bytes: bytes, path: fixture.input.path).articles) ?? []
      // Byline skips items with no title, text or link.
      let visible = expectation.items.filter { item in
        [item.title, item.link, item.text].contains { ($0.map(shown) ?? "").isEmpty == false }
      }
      if !visible.isEmpty || !articles.isEmpty {
        outcome.check("\(fixture.name)#items", "\(visible.count)", "\(articles.count)")
      }
      for (index, (item, article)) in zip(visible, articles).enumerated() {
        let key = "\(fixture.name)#\(index + 1)#"
        if let title = item.title.map(shown), !title.isEmpty {
          outcome.check(key + "title", title, article.title)
        }
        if let link = item.link { outcome.check(key + "link", link, article.url) }
        if let date = item.date {
          outcome.check(
            key + "date", DateParser.isoString(date), article.published.map(DateParser.isoString))
        }
        if let author = item.author { outcome.check(key + "author", shown(author), article.author) }
        if let text = item.text {
          let body = article.paragraphs.map { TextSanitizer.collapseWhitespace($0.text) }
            .joined(separator: " ")
          outcome.check(key + "text", shownBody(text, title: item.title.map(shown) ?? ""), body)
        }
      }
    }
    return outcome
  }

  @Test(.enabled(if: testdataIsPresent, "skipped: ../shared/peer/gofeed is absent"))
  func bylineAgreesWithGofeedsFixtures() throws {
    let outcome = try Self.run()
    let passed = outcome.checks - outcome.misses.count
    let rate = Double(passed) / Double(max(1, outcome.checks))
    print(
      "gofeed conformance: \(passed) of \(outcome.checks) checks pass "
        + "(\(String(format: "%.1f", rate * 100))%), \(Self.fixtures().count) fixtures")
    for key in outcome.misses.keys.sorted() where Self.knownMisses[key] == nil {
      Issue.record("unexpected miss \(key): \(outcome.misses[key] ?? "")")
    }
    for key in Self.knownMisses.keys.sorted() where outcome.misses[key] == nil {
      Issue.record("\(key) now passes; remove it from knownMisses")
    }
    #expect(rate >= 0.95)
  }
}
