import BylineCore
import Testing

@testable import BylineTUI

/// The status line while feeds are fetched and after (issue 12): progress as
/// `fetching 12/40 feeds · 1 failed`, and a summary that names the first failed feed first.
@Suite struct LibraryActivityFeedTests {
  @Test func progressCountsFeedsAndFailures() {
    var activity = LibraryActivity()
    activity.isIndexing = true
    var progress = IndexProgress(filesDone: 0, filesTotal: 0, articlesWritten: 0, elapsed: 1)
    progress.feedsDone = 12
    progress.feedsTotal = 40
    progress.feedsFailed = 1
    activity.progress = progress
    #expect(activity.progressText == "fetching 12/40 feeds · 1 failed")
    progress.feedsFailed = 0
    activity.progress = progress
    #expect(activity.progressText == "fetching 12/40 feeds")
  }

  @Test func summaryNamesTheFailedFeedFirst() {
    var report = IndexReport()
    report.feedsFetched = 3
    report.feedArticlesAdded = 2
    report.elapsed = 0.4
    var failure = FeedFetchReport(
      url: "http://127.0.0.1:8080/feed.xml", outcome: .network("connection refused"))
    failure.title = "Loopback"
    report.feedFailures = [failure]
    #expect(
      LibraryActivity.summary(of: report)
        == "1 feed failed: 127.0.0.1:8080/feed.xml (unreachable: connection refused) · "
        + "3 feeds fetched: 2 new items")
  }

  @Test func aRunWithNothingNewSaysSo() {
    var report = IndexReport()
    report.feedsFetched = 2
    #expect(LibraryActivity.summary(of: report) == "2 feeds fetched: 0 new items")
    #expect(LibraryActivity.summary(of: IndexReport()) == "library up to date")
  }
}
