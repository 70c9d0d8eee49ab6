import Foundation

/// Subscribes to web sources and brings them up to date: fetches (conditionally, concurrently,
/// each source on its own so one failure never stops the others), reads the body with Byline's
/// readers and stores the items through the ``Indexer``, and records each source's outcome,
/// validators and next check.
///
/// Owns one ``HTTPFetcher``; call ``shutdown()`` when done.
public final class FeedRefresher: Sendable {
  private let indexer: Indexer
  let fetcher: HTTPFetcher
  /// The settings in use.
  public let settings: FetchSettings
  var library: Library { indexer.library }

  /// Creates a refresher that stores items through `indexer` (and into its library). Throws
  /// when the CA file of `settings` cannot be read.
  public init(indexer: Indexer, settings: FetchSettings) throws(FetchSetupError) {
    self.indexer = indexer
    self.settings = settings
    fetcher = try HTTPFetcher(settings: settings)
  }

  /// Shuts the HTTP client down, cancelling what is in flight.
  public func shutdown() async {
    await fetcher.shutdown()
  }

  /// Subscribes to `url`: fetches it at once and stores its items. A web page is searched for
  /// a feed (`<link rel="alternate">`); a page without one is stored as one article. An
  /// address already in the library is not added again (``FeedFetchReport/alreadyAdded``).
  ///
  /// The source is recorded when the fetch worked, and also when it failed for a reason that
  /// may pass (a timeout, an unreachable host, a server error), so the next refresh tries it
  /// again; an address that answers 4xx or is not a feed is not recorded.
  ///
  /// With `fullText`, the source is full-text (see ``FeedSource/fullText``); an address already
  /// in the library is then made full-text (``FeedFetchReport/note`` says so).
  public func subscribe(
    _ url: String, title: String? = nil, folder: String? = nil, fullText: Bool = false
  ) async -> FeedFetchReport {
    var report = FeedFetchReport(url: WebAddress.redacted(url), outcome: .invalidAddress)
    guard WebAddress.parse(url) != nil else { return report }
    do {
      if let known = try library.feed(url: url) {
        report.alreadyAdded = true
        report.outcome = .ok
        if fullText && !known.fullText {
          _ = try library.setFullText(true, forFeed: known.url)
          report.note = "full text on"
        }
        return report
      }
    } catch {
      report.outcome = .skipped("\(error)")
      return report
    }
    if settings.offline {
      report.outcome = .skipped("offline")
      return report
    }
    let first = await fetcher.fetch(url)
    var target = url
    var result = first
    if case .response(let response) = first, response.status == 200,
      case .page(_, let alternates) = WebDocument.read(response.body, url: response.url),
      let alternate = alternates.first
    {
      if (try? library.feed(url: alternate)) != nil {
        report.url = WebAddress.redacted(alternate)
        report.alreadyAdded = true
        report.outcome = .ok
        return report
      }
      target = alternate
      result = await fetcher.fetch(alternate)
      report.note = "feed found on \(WebAddress.redacted(url))"
    }
    report.url = WebAddress.redacted(target)
    if case .response(let response) = result, let moved = response.movedTo { target = moved }
    let kind: FeedSource.Kind
    switch result {
    case .failure(let outcome):
      report.outcome = outcome
      guard Self.mayPass(outcome) else { return report }
      kind = .feed
    case .response(let response):
      if response.status != 200 {
        report.outcome = .httpStatus(response.status)
        guard Self.mayPass(report.outcome) else { return report }
        kind = .feed
      } else {
        switch WebDocument.read(response.body, url: response.url) {
        case .unreadable(let reason):
          report.outcome = .notAFeed(reason)
          return report
        case .page(let article, _):
          guard article != nil else {
            report.outcome = .notAFeed("the page has no text")
            return report
          }
          kind = .page
        case .feed:
          kind = .feed
        }
      }
    }
    let added: FeedSource?
    do {
      added = try library.addFeed(
        url: target, kind: kind, title: title, folder: folder, fullText: fullText)
    } catch {
      report.outcome = .skipped("\(error)")
      return report
    }
    guard let feed = added else {
      report.alreadyAdded = true
      report.outcome = .ok
      return report
    }
    report.subscribed = true
    var fetched = await apply(result, to: feed, now: Date())
    fetched.note = [report.note, fetched.note].compactMap { $0 }.joined(separator: "; ")
    if fetched.note?.isEmpty == true { fetched.note = nil }
    fetched.subscribed = true
    return fetched
  }

  /// Records web sources without fetching them (for `import`): returns how many were new.
  public func record(_ subscriptions: [Subscription]) throws(LibraryError) -> Int {
    var added = 0
    for entry in subscriptions where WebAddress.parse(entry.url) != nil {
      if try library.addFeed(url: entry.url, title: entry.title, folder: entry.folder) != nil {
        added += 1
      }
    }
    return added
  }

  /// Brings the web sources up to date: each source whose interval has passed (every source
  /// with ``FetchSettings/force``) is fetched conditionally, at most
  /// ``FetchSettings/concurrency`` at once. `progress` is called after each source.
  public func refresh(
    progress: @escaping @Sendable (FeedProgress) -> Void = { _ in }
  ) async -> FeedRefreshReport {
    var report = FeedRefreshReport()
    let feeds: [FeedSource]
    do {
      feeds = try library.feeds()
    } catch {
      return report
    }
    let now = Date()
    let due = feeds.filter { settings.force || ($0.nextCheck ?? .distantPast) <= now }
    report.notDue = feeds.count - due.count
    guard !due.isEmpty else { return report }
    if settings.offline {
      report.feeds = due.map { FeedFetchReport(url: $0.displayURL, outcome: .skipped("offline")) }
      return report
    }
    var results: [Int: FeedFetchReport] = [:]
    var failed = 0
    var added = 0
    await withTaskGroup(of: (Int, FeedFetchReport).self) { group in
      var next = 0
      func launch() {
        let index = next
        let feed = due[index]
        next += 1
        group.addTask { [self] in (index, await refresh(feed)) }
      }
      while next < min(due.count, max(1, settings.concurrency)) { launch() }
      while let (index, result) = await group.next() {
        results[index] = result
        if result.outcome.isFailure { failed += 1 }
        added += result.added
        progress(
          FeedProgress(done: results.count, total: due.count, failed: failed, added: added))
        if next < due.count, !Task.isCancelled { launch() }
      }
    }
    report.feeds = due.indices.map {
      results[$0] ?? FeedFetchReport(url: due[$0].displayURL, outcome: .skipped("cancelled"))
    }
    return report
  }

  /// Fetches one source (conditionally) and stores what it gave.
  private func refresh(_ feed: FeedSource) async -> FeedFetchReport {
    let result = await fetcher.fetch(feed.url, etag: feed.etag, lastModified: feed.lastModified)
    return await apply(result, to: feed, now: Date())
  }

  /// Reads and stores a fetch's result for `feed`, and records its outcome.
  private func apply(_ result: FetchResult, to feed: FeedSource, now: Date) async
    -> FeedFetchReport
  {
    var feed = feed
    var report = FeedFetchReport(url: feed.displayURL, outcome: .ok)
    report.title = feed.title
    feed.checked = now
    feed.note = nil
    var wait = settings.interval
    switch result {
    case .failure(let outcome):
      report.outcome = outcome
    case .response(let response):
      if let moved = response.movedTo, moved != feed.url {
        feed.note =
          "moved permanently from \(WebAddress.redacted(feed.url)) to \(WebAddress.redacted(moved))"
        try? library.moveFeed(feed, to: moved)
        feed.url = moved
        report.url = feed.displayURL
      }
      if let maxAge = response.maxAge { wait = max(wait, maxAge) }
      switch response.status {
      case 304:
        report.outcome = .notModified
      case 200:
        report.outcome = await store(response, into: &feed, report: &report)
        if !report.outcome.isFailure {
          feed.etag = response.etag
          feed.lastModified = response.lastModified
        }
      default:
        report.outcome = .httpStatus(response.status)
        if response.status == 429 || response.status == 503, let retry = response.retryAfter {
          wait = retry
        }
      }
    }
    feed.outcome = report.outcome.storedValue
    feed.nextCheck = now.addingTimeInterval(wait)
    report.note = feed.note
    report.title = feed.title
    do {
      try library.recordFetch(of: feed)
    } catch {
      report.outcome = .skipped("\(error)")
    }
    return report
  }

  /// Reads a 200 response and stores its items; returns the outcome.
  private func store(
    _ response: FetchResponse, into feed: inout FeedSource, report: inout FeedFetchReport
  ) async -> FeedOutcome {
    var articles: [Article]
    var fullText = Set<ArticleKey>()
    switch WebDocument.read(response.body, url: response.url) {
    case .unreadable(let reason):
      return .notAFeed(reason)
    case .feed(let title, let items):
      if feed.kind == .page { feed.kind = .feed }
      // A title the user gave (an import's) wins over the feed's own.
      if feed.title == nil, let title { feed.title = title }
      articles = items
      if feed.fullText {
        let pages = await fullTextPages(of: items)
        articles = pages.articles
        fullText = pages.fetched
        if let note = pages.note {
          feed.note = [feed.note, note].compactMap { $0 }.joined(separator: "; ")
        }
      }
    case .page(let article, _):
      guard feed.kind == .page, let article else {
        return .notAFeed("the address gives a web page, not a feed")
      }
      feed.title = article.title
      articles = [article]
    }
    do {
      let counts = try indexer.store(
        articles, of: feed, size: response.body.count, hash: ContentHash.of(Data(response.body)),
        fullText: fullText)
      report.added = counts.added
      report.updated = counts.updated
      return .ok
    } catch {
      return .skipped("\(error)")
    }
  }

  /// Whether a failed first fetch may work later (so the source is kept).
  private static func mayPass(_ outcome: FeedOutcome) -> Bool {
    switch outcome {
    case .timeout, .network: true
    case .httpStatus(let status): status >= 500 || status == 429 || status == 408
    default: false
    }
  }

  /// Fetches `url` and reads it without touching the library (for `byline dump URL`): the
  /// items of a feed (a page's first feed when it names one), or the page as one article.
  public static func articles(at url: String, settings: FetchSettings) async throws(FetchSetupError)
    -> Result<[Article], FeedOutcome>
  {
    let fetcher = try HTTPFetcher(settings: settings)
    let result = await articles(at: url, fetcher: fetcher)
    await fetcher.shutdown()
    return result
  }

  private static func articles(at url: String, fetcher: HTTPFetcher) async
    -> Result<[Article], FeedOutcome>
  {
    guard WebAddress.parse(url) != nil else { return .failure(.invalidAddress) }
    if fetcher.settings.offline { return .failure(.skipped("offline")) }
    var result = await fetcher.fetch(url)
    if case .response(let response) = result, response.status == 200,
      case .page(_, let alternates) = WebDocument.read(response.body, url: response.url),
      let alternate = alternates.first
    {
      result = await fetcher.fetch(alternate)
    }
    switch result {
    case .failure(let outcome):
      return .failure(outcome)
    case .response(let response):
      guard response.status == 200 else { return .failure(.httpStatus(response.status)) }
      switch WebDocument.read(response.body, url: response.url) {
      case .unreadable(let reason): return .failure(.notAFeed(reason))
      case .feed(_, let items): return .success(items)
      case .page(let article, _):
        guard let article else { return .failure(.notAFeed("the page has no text")) }
        return .success([article])
      }
    }
  }
}
