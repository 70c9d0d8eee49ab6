import Foundation
import Testing

@testable import BylineCore

/// HTTP done properly: redirects, timeouts, the body cap, compression (issue 12).
@Suite struct HTTPFetchTests {
  @Test(arguments: [301, 308])
  func aPermanentRedirectMovesTheStoredAddressWithANote(status: Int) async throws {
    let harness = try FeedTestHarness()
    harness.server.route(
      "/old.xml", .init(status: .init(statusCode: status), headers: [("Location", "/new.xml")]))
    harness.server.serve("/new.xml", FeedFixtures.twoItems)
    let report = try await harness.subscribe("/old.xml")
    #expect(report.outcome == .ok)
    #expect(report.added == 2)
    let feed = try #require(try harness.library.feeds().first)
    #expect(feed.url == harness.server.url("/new.xml"))
  }

  @Test func aPermanentRedirectMetOnRefreshIsNoted() async throws {
    let harness = try FeedTestHarness()
    harness.server.serve("/old.xml", FeedFixtures.twoItems)
    _ = try await harness.subscribe("/old.xml")
    harness.server.route(
      "/old.xml", .init(status: .movedPermanently, headers: [("Location", "/new.xml")]))
    harness.server.serve("/new.xml", FeedFixtures.twoItems)
    let report = try await harness.refresh()
    #expect(report.feeds.first?.note?.contains("moved permanently") == true)
    #expect(try harness.library.feeds().first?.url == harness.server.url("/new.xml"))
    #expect(try harness.articleCount == 2)
  }

  @Test func aTemporaryRedirectKeepsTheAddress() async throws {
    let harness = try FeedTestHarness()
    harness.server.route("/feed.xml", .init(status: .found, headers: [("Location", "/today.xml")]))
    harness.server.serve("/today.xml", FeedFixtures.twoItems)
    let report = try await harness.subscribe("/feed.xml")
    #expect(report.outcome == .ok)
    #expect(try harness.library.feeds().first?.url == harness.server.url("/feed.xml"))
  }

  @Test func aRedirectLoopIsDetected() async throws {
    let harness = try FeedTestHarness()
    harness.server.route("/a", .init(status: .found, headers: [("Location", "/b")]))
    harness.server.route("/b", .init(status: .found, headers: [("Location", "/a")]))
    let report = try await harness.subscribe("/a")
    #expect(report.outcome == .redirectLoop)
  }

  @Test func moreThanFiveRedirectsAreRefused() async throws {
    let harness = try FeedTestHarness()
    for step in 0..<7 {
      harness.server.route(
        "/r\(step)", .init(status: .found, headers: [("Location", "/r\(step + 1)")]))
    }
    let report = try await harness.subscribe("/r0")
    #expect(report.outcome == .tooManyRedirects(5))
  }

  @Test func aRedirectToAnotherSchemeIsRefused() async throws {
    let harness = try FeedTestHarness()
    harness.server.route(
      "/feed.xml", .init(status: .found, headers: [("Location", "file:///etc/passwd")]))
    let report = try await harness.subscribe("/feed.xml")
    #expect(report.outcome == .badRedirect("file"))
  }

  @Test func aServerThatNeverAnswersTimesOut() async throws {
    let harness = try FeedTestHarness()
    harness.server.route("/feed.xml", .init(behaviour: .silent))
    let report = try await harness.subscribe("/feed.xml") { $0.requestTimeout = 1 }
    #expect(report.outcome == .timeout)
  }

  @Test func anEndlessBodyIsCutAtTheLimit() async throws {
    let harness = try FeedTestHarness()
    harness.server.route("/feed.xml", .init(behaviour: .endless))
    // A request timeout far beyond any wait: the cap, not the clock, must end it. Under a full
    // `swift test` the tests that sleep in tmux loops hold the cooperative threads this client's
    // body stream resumes on, and 60 s was seen to run out before 1 MiB had arrived.
    let report = try await harness.subscribe("/feed.xml") {
      $0.maxBodyBytes = 1_048_576
      $0.requestTimeout = 900
    }
    #expect(report.outcome == .tooLarge(limit: 1_048_576))
  }

  @Test func aCompressedBodyIsDecompressed() async throws {
    let harness = try FeedTestHarness(compressing: true)
    harness.server.serve("/feed.xml", FeedFixtures.twoItems)
    let report = try await harness.subscribe("/feed.xml")
    #expect(report.outcome == .ok)
    #expect(report.added == 2)
    #expect(harness.server.received.first?.header("Accept-Encoding")?.contains("gzip") == true)
  }

  @Test func anUnreachableHostIsNamed() async throws {
    let harness = try FeedTestHarness()
    let port = harness.server.port
    harness.server.stop()
    let report = try await harness.subscribe(url: "http://127.0.0.1:\(port)/feed.xml")
    guard case .network = report.outcome else {
      Issue.record("expected a network failure, got \(report.outcome)")
      return
    }
  }

  @Test func proxiesFollowTheEnvironment() {
    let proxies = ProxySettings(environment: [
      "https_proxy": "http://proxy.local:3128", "HTTP_PROXY": "other:8080",
      "no_proxy": "localhost,.internal",
    ])
    #expect(proxies.server(forScheme: "https", host: "example.com")?.port == 3128)
    #expect(proxies.server(forScheme: "http", host: "example.com")?.host == "other")
    #expect(proxies.server(forScheme: "https", host: "news.internal") == nil)
    #expect(proxies.server(forScheme: "https", host: "localhost") == nil)
  }

  @Test func credentialsAreRemovedFromShownAddresses() {
    #expect(WebAddress.redacted("https://me:pw@example.com/feed") == "https://example.com/feed")
    #expect(WebAddress.redacted("https://example.com/feed") == "https://example.com/feed")
  }
}
