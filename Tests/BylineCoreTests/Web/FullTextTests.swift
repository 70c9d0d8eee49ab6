import Foundation
import GRDB
import Testing

@testable import BylineCore

/// Full text (issue 12 item 7): a full-text source stores the main content of each new item's
/// page when its feed carries only a summary; a page that cannot be read leaves the summary
/// (the failure noted, not fatal); a source that is not full-text never fetches its items'
/// links; the reader's on-demand fetch replaces and stores an article's text.
@Suite struct FullTextTests {
  static let story =
    "The harbour authority said on Tuesday that the northern quay would reopen to ferries after "
    + "eighteen months of repairs, and that the timetable for the winter would be published "
    + "within a week. Engineers replaced the pilings, rebuilt the ramp and dredged the berth. "

  static func page(_ title: String) -> String {
    let paragraphs = (1...6).map { "<p>\($0). \(story)</p>" }.joined()
    return """
      <!DOCTYPE html><html><head><title>\(title)</title></head><body>
      <article><h1>\(title)</h1>\(paragraphs)</article></body></html>
      """
  }

  /// An RSS feed whose items carry a one-line summary and link to `links` on the server.
  static func feed(_ server: TestHTTPServer, _ links: [String]) -> String {
    let items = links.map { link in
      """
      <item><title>Story \(link)</title><link>\(server.url(link))</link>
      <pubDate>Mon, 07 Dec 2026 10:00:00 GMT</pubDate>
      <description>Summary of \(link).</description></item>
      """
    }
    return """
      <?xml version="1.0"?><rss version="2.0"><channel><title>Summaries</title>
      \(items.joined(separator: "\n"))</channel></rss>
      """
  }

  func text(of link: String, _ harness: FeedTestHarness) throws -> String {
    let key = try #require(try harness.library.articleKey(forURL: harness.server.url(link)))
    let article = try #require(try harness.library.article(for: key))
    return article.paragraphs.map(\.text).joined(separator: "\n")
  }

  func requests(to path: String, _ harness: FeedTestHarness) -> Int {
    harness.server.received.filter { $0.path == path }.count
  }

  @Test func aFullTextSourceStoresThePagesAndKeepsTheSummaryOfAFailingOne() async throws {
    let harness = try FeedTestHarness()
    harness.server.serve("/feed.xml", Self.feed(harness.server, ["/a.html", "/b.html"]))
    harness.server.serve("/a.html", Self.page("Quay reopens"))
    harness.server.route("/b.html", .init(status: .notFound))
    let refresher = try harness.refresher()
    let report = await refresher.subscribe(harness.server.url("/feed.xml"), fullText: true)
    await refresher.shutdown()
    #expect(report.outcome == .ok)
    #expect(report.added == 2)
    #expect(try harness.library.feeds().first?.fullText == true)
    let full = try text(of: "/a.html", harness)
    #expect(full.contains("northern quay would reopen"))
    #expect(!full.contains("Summary of /a.html"))
    #expect(try text(of: "/b.html", harness) == "Summary of /b.html.")
    let note = try #require(report.note)
    #expect(note.contains("full text not read for 1 of 2 items"), "\(note)")
    #expect(note.contains("/b.html: HTTP 404"), "\(note)")
    #expect(try harness.library.sourceSummaries().first?.note?.contains("HTTP 404") == true)

    // The feed changes (a new item): the stored page stays, the known items are not fetched
    // again, and only the new item's page is.
    harness.server.serve(
      "/feed.xml", Self.feed(harness.server, ["/a.html", "/b.html", "/c.html"]))
    harness.server.serve("/c.html", Self.page("Ferries return"))
    let refreshed = try await harness.refresh()
    #expect(refreshed.added == 1)
    #expect(try text(of: "/a.html", harness).contains("northern quay would reopen"))
    #expect(try text(of: "/c.html", harness).contains("northern quay would reopen"))
    #expect(requests(to: "/a.html", harness) == 1)
    #expect(requests(to: "/b.html", harness) == 1)
    #expect(requests(to: "/c.html", harness) == 1)
  }

  @Test func aSourceThatIsNotFullTextNeverFetchesItsItemsLinks() async throws {
    let harness = try FeedTestHarness()
    harness.server.serve("/feed.xml", Self.feed(harness.server, ["/a.html"]))
    harness.server.serve("/a.html", Self.page("Quay reopens"))
    let report = try await harness.subscribe("/feed.xml")
    #expect(report.added == 1)
    #expect(requests(to: "/a.html", harness) == 0)
    #expect(try text(of: "/a.html", harness) == "Summary of /a.html.")
  }

  @Test func addingAgainWithFullTextTurnsItOn() async throws {
    let harness = try FeedTestHarness()
    harness.server.serve("/feed.xml", Self.feed(harness.server, ["/a.html"]))
    _ = try await harness.subscribe("/feed.xml")
    let refresher = try harness.refresher()
    let again = await refresher.subscribe(harness.server.url("/feed.xml"), fullText: true)
    await refresher.shutdown()
    #expect(again.alreadyAdded)
    #expect(again.note == "full text on")
    #expect(try harness.library.feeds().first?.fullText == true)
    #expect(try harness.library.setFullText(false, forFeed: harness.server.url("/feed.xml")))
    #expect(try harness.library.feeds().first?.fullText == false)
    #expect(try !harness.library.setFullText(true, forFeed: "https://nowhere.example/feed"))
  }

  @Test func onDemandFullTextReplacesTheStoredTextOrKeepsTheSummary() async throws {
    let harness = try FeedTestHarness()
    harness.server.serve("/feed.xml", Self.feed(harness.server, ["/a.html", "/b.html"]))
    harness.server.serve("/a.html", Self.page("Quay reopens"))
    harness.server.route("/b.html", .init(status: .internalServerError))
    _ = try await harness.subscribe("/feed.xml")
    let indexer = Indexer(library: harness.library, readFile: { _ in [] }, tag: nil)
    let keyA = try #require(try harness.library.articleKey(forURL: harness.server.url("/a.html")))
    let summaryA = try #require(try harness.library.article(for: keyA))
    try harness.library.setReadingState(ReadingState(isRead: true, isStarred: true), for: keyA)
    let settings = FeedTestHarness.settings()
    let fetched = await Task.detached {
      FullTextPage.fetchAndStore(summaryA, indexer: indexer, settings: settings)
    }.value
    let stored = try fetched.get()
    #expect(stored.key == keyA)
    #expect(stored.paragraphs.map(\.text).joined().contains("northern quay would reopen"))
    #expect(try text(of: "/a.html", harness).contains("northern quay would reopen"))
    #expect(try harness.library.readingState(for: keyA).isStarred)

    let keyB = try #require(try harness.library.articleKey(forURL: harness.server.url("/b.html")))
    let summaryB = try #require(try harness.library.article(for: keyB))
    let failed = await Task.detached {
      FullTextPage.fetchAndStore(summaryB, indexer: indexer, settings: settings)
    }.value
    guard case .failure(.httpStatus(500)) = failed else {
      Issue.record("expected HTTP 500, got \(failed)")
      return
    }
    #expect(try text(of: "/b.html", harness) == "Summary of /b.html.")

    // A later fetch of the feed (it changed) does not put the summary back.
    harness.server.serve(
      "/feed.xml", Self.feed(harness.server, ["/a.html", "/b.html", "/c.html"]))
    _ = try await harness.refresh()
    #expect(try text(of: "/a.html", harness).contains("northern quay would reopen"))
  }

  @Test func onlyShortItemsCarryOnlyASummary() {
    let short = Article(
      key: ArticleKey(rawValue: "00000000000000f1"), title: "Short", source: "s",
      paragraphs: [Paragraph(text: "One line.")])
    var long = short
    long.paragraphs = (1...10).map { _ in Paragraph(text: Self.story) }
    #expect(FullTextPage.carriesOnlySummary(short))
    #expect(!FullTextPage.carriesOnlySummary(long))
  }
}
