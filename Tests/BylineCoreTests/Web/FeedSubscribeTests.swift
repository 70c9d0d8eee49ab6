import Foundation
import Testing

@testable import BylineCore

/// Subscribing to web feeds over HTTP from a loopback server (issue 12).
@Suite struct FeedSubscribeTests {
  @Test func subscribingStoresTheItemsOnceAndNamesTheFeed() async throws {
    let harness = try FeedTestHarness()
    harness.server.serve("/feed.xml", FeedFixtures.twoItems)
    let report = try await harness.subscribe("/feed.xml")
    #expect(report.subscribed)
    #expect(report.outcome == .ok)
    #expect(report.added == 2)
    #expect(report.title == "Loopback News")
    #expect(try harness.articleCount == 2)
    let again = try await harness.subscribe("/feed.xml")
    #expect(again.alreadyAdded)
    #expect(try harness.library.feeds().count == 1)
    #expect(harness.server.received.count == 1)
    #expect(
      harness.server.received[0].header("User-Agent") == "Byline/\(FetchSettings.bylineVersion)")
  }

  @Test func aFeedServedWithTheWrongContentTypeIsStillRead() async throws {
    let harness = try FeedTestHarness()
    harness.server.serve(
      "/feed", FeedFixtures.twoItems, headers: [("Content-Type", "text/html; charset=utf-8")])
    let report = try await harness.subscribe("/feed")
    #expect(report.outcome == .ok)
    #expect(report.added == 2)
  }

  @Test func aPageIsFollowedToTheFeedItNames() async throws {
    let harness = try FeedTestHarness()
    harness.server.serve("/", FeedFixtures.page(linkingTo: "/rss.xml"))
    harness.server.serve("/rss.xml", FeedFixtures.twoItems)
    let report = try await harness.subscribe("/")
    #expect(report.outcome == .ok)
    #expect(report.added == 2)
    let feeds = try harness.library.feeds()
    #expect(feeds.map(\.url) == [harness.server.url("/rss.xml")])
    #expect(feeds.first?.kind == .feed)
  }

  @Test func aPageWithoutAFeedIsStoredAsOneArticle() async throws {
    let harness = try FeedTestHarness()
    harness.server.serve("/story.html", FeedFixtures.plainPage)
    let report = try await harness.subscribe("/story.html")
    #expect(report.outcome == .ok)
    #expect(report.added == 1)
    #expect(try harness.library.feeds().first?.kind == .page)
  }

  @Test func textThatIsNotAFeedIsRefusedAndNotAdded() async throws {
    let harness = try FeedTestHarness()
    harness.server.serve("/notes.txt", "Just some notes.\n\nNothing to see.")
    let report = try await harness.subscribe("/notes.txt")
    guard case .notAFeed = report.outcome else {
      Issue.record("expected not a feed, got \(report.outcome)")
      return
    }
    #expect(!report.subscribed)
    #expect(try harness.library.feeds().isEmpty)
  }

  @Test func notFoundIsNamedAndNotAdded() async throws {
    let harness = try FeedTestHarness()
    let report = try await harness.subscribe("/missing.xml")
    #expect(report.outcome == .httpStatus(404))
    #expect(!report.subscribed)
    #expect(try harness.library.feeds().isEmpty)
  }

  @Test func aServerErrorIsNamedButTheFeedIsKeptForTheNextRefresh() async throws {
    let harness = try FeedTestHarness()
    harness.server.route("/feed.xml", .init(status: .internalServerError, body: "oops"))
    let report = try await harness.subscribe("/feed.xml")
    #expect(report.outcome == .httpStatus(500))
    #expect(report.subscribed)
    #expect(try harness.library.feeds().first?.outcome == "HTTP 500")
  }

  @Test func credentialsInTheAddressAreNeverShown() async throws {
    let harness = try FeedTestHarness()
    harness.server.serve("/feed.xml", FeedFixtures.twoItems)
    let url = "http://reader:s3cret@127.0.0.1:\(harness.server.port)/feed.xml"
    let report = try await harness.subscribe(url: url)
    #expect(report.outcome == .ok)
    #expect(!report.url.contains("s3cret"))
    let feed = try #require(try harness.library.feeds().first)
    #expect(!feed.displayURL.contains("s3cret"))
    let summary = try harness.library.summaries(
      matching: ArticleFilter(), order: .date, offset: 0, limit: 10)
    #expect(summary.allSatisfy { !$0.source.contains("s3cret") })
  }

  @Test func offlineFetchesNothing() async throws {
    let harness = try FeedTestHarness()
    harness.server.serve("/feed.xml", FeedFixtures.twoItems)
    let report = try await harness.subscribe("/feed.xml") { $0.offline = true }
    #expect(report.outcome == .skipped("offline"))
    #expect(harness.server.received.isEmpty)
  }

  @Test func anAddressThatIsNotHTTPIsRefused() async throws {
    let harness = try FeedTestHarness()
    let report = try await harness.subscribe(url: "ftp://127.0.0.1/feed.xml")
    #expect(report.outcome == .invalidAddress)
  }
}
