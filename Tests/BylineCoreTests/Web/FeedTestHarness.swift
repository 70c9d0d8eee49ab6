import Foundation

@testable import BylineCore

/// A scratch library with no source yet, a loopback server, and refreshers that store into
/// the library (no tagger; items are stored as the readers give them).
final class FeedTestHarness {
  let scratch: LibraryScratch
  let library: Library
  let server: TestHTTPServer

  init(compressing: Bool = false) throws {
    scratch = try LibraryScratch()
    library = try Library.open(at: scratch.database)
    server = try TestHTTPServer(compressing: compressing)
  }

  /// Settings for the tests: no proxy from the environment, short timeouts.
  static func settings(_ configure: (inout FetchSettings) -> Void = { _ in }) -> FetchSettings {
    var settings = FetchSettings()
    settings.proxies = ProxySettings(environment: [:])
    settings.connectTimeout = 2
    settings.requestTimeout = 2
    configure(&settings)
    return settings
  }

  /// A refresher with ``settings(_:)``.
  func refresher(_ configure: (inout FetchSettings) -> Void = { _ in }) throws -> FeedRefresher {
    try FeedRefresher(
      indexer: Indexer(library: library, readFile: { _ in [] }, tag: nil),
      settings: Self.settings(configure))
  }

  /// Subscribes to `path` on the server and shuts the refresher down.
  func subscribe(_ path: String, _ configure: (inout FetchSettings) -> Void = { _ in }) async throws
    -> FeedFetchReport
  {
    try await subscribe(url: server.url(path), configure)
  }

  /// Subscribes to `url` and shuts the refresher down.
  func subscribe(url: String, _ configure: (inout FetchSettings) -> Void = { _ in }) async throws
    -> FeedFetchReport
  {
    let refresher = try refresher(configure)
    let report = await refresher.subscribe(url)
    await refresher.shutdown()
    return report
  }

  /// Refreshes every feed (forced unless `force` is false).
  func refresh(force: Bool = true, _ configure: (inout FetchSettings) -> Void = { _ in })
    async throws -> FeedRefreshReport
  {
    let refresher = try refresher {
      $0.force = force
      configure(&$0)
    }
    let report = await refresher.refresh()
    await refresher.shutdown()
    return report
  }

  /// The number of articles stored.
  var articleCount: Int {
    get throws { try library.statistics().articles }
  }

  deinit { server.stop() }
}
