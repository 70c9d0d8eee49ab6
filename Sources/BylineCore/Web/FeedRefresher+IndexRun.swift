import Foundation

extension FeedRefresher {
  /// Refreshes the web sources after an index run of the files, from synchronous code (the
  /// reader's background thread), adding what it did to `report` and reporting progress through
  /// `progress` with the run's file counts. Shuts the refresher down.
  public func refreshAfterIndexing(
    _ report: inout IndexReport, started: Date,
    progress: @escaping @Sendable (IndexProgress) -> Void
  ) {
    let base = IndexProgress(
      filesDone: report.filesAdded + report.filesChanged, filesTotal: 0,
      articlesWritten: report.articlesAdded, elapsed: 0)
    let feeds = BlockingTask.run { [self] in
      let result = await refresh { step in
        var update = base
        update.feedsDone = step.done
        update.feedsTotal = step.total
        update.feedsFailed = step.failed
        update.elapsed = Date().timeIntervalSince(started)
        update.articlesWritten += step.added
        progress(update)
      }
      await shutdown()
      return result
    }
    report.feedsFetched = feeds.feeds.count
    report.feedArticlesAdded = feeds.added
    report.feedArticlesUpdated = feeds.updated
    report.feedFailures = feeds.failures
  }
}
