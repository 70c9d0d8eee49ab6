import Foundation
import Testing

@testable import BylineCore

/// Refreshing web feeds: conditional requests, intervals, and items that come, change and go
/// (issue 12).
@Suite struct FeedRefreshTests {
  @Test func aNotModifiedAnswerToTheETagStoresNothing() async throws {
    let harness = try FeedTestHarness()
    harness.server.route("/feed.xml", .init(body: FeedFixtures.twoItems, etag: "\"v1\""))
    _ = try await harness.subscribe("/feed.xml")
    let report = try await harness.refresh()
    #expect(report.feeds.map(\.outcome) == [.notModified])
    #expect(harness.server.received.last?.header("If-None-Match") == "\"v1\"")
    #expect(try harness.library.feeds().first?.outcome == "not modified")
    #expect(try harness.articleCount == 2)
  }

  @Test func aNotModifiedAnswerToLastModifiedStoresNothing() async throws {
    let harness = try FeedTestHarness()
    let stamp = "Mon, 07 Dec 2026 10:00:00 GMT"
    harness.server.route("/feed.xml", .init(body: FeedFixtures.twoItems, lastModified: stamp))
    _ = try await harness.subscribe("/feed.xml")
    let report = try await harness.refresh()
    #expect(report.feeds.map(\.outcome) == [.notModified])
    #expect(harness.server.received.last?.header("If-Modified-Since") == stamp)
  }

  @Test func aFeedIsNotFetchedBeforeItsIntervalUnlessForced() async throws {
    let harness = try FeedTestHarness()
    harness.server.serve("/feed.xml", FeedFixtures.twoItems)
    _ = try await harness.subscribe("/feed.xml")
    let early = try await harness.refresh(force: false)
    #expect(early.feeds.isEmpty)
    #expect(early.notDue == 1)
    #expect(harness.server.received.count == 1)
    let forced = try await harness.refresh(force: true)
    #expect(forced.feeds.count == 1)
    #expect(harness.server.received.count == 2)
  }

  @Test func cacheControlMaxAgeLengthensTheInterval() async throws {
    let harness = try FeedTestHarness()
    harness.server.serve(
      "/feed.xml", FeedFixtures.twoItems, headers: [("Cache-Control", "public, max-age=86400")])
    let before = Date()
    _ = try await harness.subscribe("/feed.xml")
    let next = try #require(try harness.library.feeds().first?.nextCheck)
    #expect(next.timeIntervalSince(before) > 80_000)
  }

  @Test func tooManyRequestsHonoursRetryAfter() async throws {
    let harness = try FeedTestHarness()
    harness.server.serve("/feed.xml", FeedFixtures.twoItems)
    _ = try await harness.subscribe("/feed.xml")
    harness.server.route(
      "/feed.xml",
      .init(status: .tooManyRequests, headers: [("Retry-After", "7200")], body: "slow down"))
    let before = Date()
    let report = try await harness.refresh()
    #expect(report.feeds.map(\.outcome) == [.httpStatus(429)])
    let feed = try #require(try harness.library.feeds().first)
    #expect(feed.outcome == "HTTP 429")
    #expect((feed.nextCheck ?? before).timeIntervalSince(before) > 7_000)
    #expect(try harness.articleCount == 2)
  }

  @Test func itemsThatComeChangeAndGoKeepKeysAndReadingState() async throws {
    let harness = try FeedTestHarness()
    harness.server.serve("/feed.xml", FeedFixtures.twoItems)
    _ = try await harness.subscribe("/feed.xml")
    let firstKey = try #require(try harness.library.articleKey(forURL: "https://example.com/a"))
    try harness.library.setReadingState(ReadingState(isRead: true, isStarred: true), for: firstKey)
    harness.server.serve(
      "/feed.xml",
      FeedFixtures.rss([
        .init(guid: "a", title: "First story", text: "The council met on Monday and voted."),
        .init(guid: "c", title: "Third story", text: "A bridge reopened."),
      ]))
    let report = try await harness.refresh()
    #expect(report.added == 1)
    #expect(report.updated == 1)
    #expect(try harness.articleCount == 3)
    #expect(try harness.library.articleKey(forURL: "https://example.com/a") == firstKey)
    #expect(try harness.library.readingState(for: firstKey).isRead)
    let updated = try #require(try harness.library.article(for: firstKey))
    #expect(updated.paragraphs.map(\.text).joined().contains("voted"))
    #expect(try harness.library.articleKey(forURL: "https://example.com/b") != nil)
  }

  @Test func oneFailingFeedDoesNotStopTheOthers() async throws {
    let harness = try FeedTestHarness()
    harness.server.serve("/one.xml", FeedFixtures.twoItems)
    harness.server.serve(
      "/two.xml",
      FeedFixtures.rss(
        title: "Two",
        [
          .init(guid: "z", title: "Other", text: "Elsewhere.")
        ]))
    _ = try await harness.subscribe("/one.xml")
    _ = try await harness.subscribe("/two.xml")
    harness.server.route("/one.xml", .init(status: .notFound))
    harness.server.serve(
      "/two.xml",
      FeedFixtures.rss(
        title: "Two",
        [
          .init(guid: "z", title: "Other", text: "Elsewhere."),
          .init(guid: "y", title: "Newer", text: "Later."),
        ]))
    let report = try await harness.refresh()
    #expect(report.failures.map(\.outcome) == [.httpStatus(404)])
    #expect(report.added == 1)
  }
}
