import ArgumentParser
import BylineCore
import Foundation

/// How the commands subscribe to and refresh web sources, and how they report each one.
enum WebSources {
  /// A refresher for `library` with Byline's indexer (tagger and linker). A CA file that cannot
  /// be read is reported and fails the command (exit status 1).
  static func refresher(for library: Library, settings: FetchSettings) throws -> FeedRefresher {
    do {
      return try FeedRefresher(indexer: LibraryPipeline.indexer(for: library), settings: settings)
    } catch {
      LibraryPipeline.printError("byline: \(error)")
      throw ExitCode.failure
    }
  }

  /// Subscribes to each of `urls`, one line per address; returns whether any failed. With
  /// `fullText` set, each source is made full-text (`true`) or not (`false`), new or already
  /// there.
  static func subscribe(
    _ urls: [String], library: Library, settings: FetchSettings, fullText: Bool? = nil
  ) throws -> Bool {
    let refresher = try refresher(for: library, settings: settings)
    let reports = BlockingTask.run {
      var reports: [FeedFetchReport] = []
      for url in urls {
        var report = await refresher.subscribe(url, fullText: fullText == true)
        if fullText == false, report.alreadyAdded,
          (try? library.feed(url: url))?.fullText == true
        {
          _ = try? library.setFullText(false, forFeed: url)
          report.note = "full text off"
        }
        reports.append(report)
      }
      await refresher.shutdown()
      return reports
    }
    var failed = false
    for report in reports {
      if report.alreadyAdded {
        let change = report.note.map { "; \($0)" } ?? ""
        LibraryPipeline.printError("byline: \(report.url) was already in the library\(change)")
      } else if report.outcome.isFailure || !report.subscribed {
        let kept = report.subscribed ? " (added; it is fetched again by `byline index`)" : ""
        LibraryPipeline.printError("byline: error: \(report.url): \(report.outcome)\(kept)")
        failed = true
      } else {
        LibraryPipeline.printError("byline: added \(line(for: report))")
      }
    }
    return failed
  }

  /// Brings the web sources up to date, showing progress on standard error; prints each failed
  /// address with its reason and a summary. Returns whether any failed.
  static func refresh(library: Library, settings: FetchSettings) throws -> Bool {
    guard try !library.feeds().isEmpty else { return false }
    let refresher = try refresher(for: library, settings: settings)
    let isTerminal = isatty(STDERR_FILENO) == 1
    let report = BlockingTask.run {
      let report = await refresher.refresh { progress in
        guard isTerminal else { return }
        let failed = progress.failed > 0 ? " · \(progress.failed) failed" : ""
        FileHandle.standardError.write(
          Data("\r\u{1B}[Kfetching \(progress.done)/\(progress.total) feeds\(failed)".utf8))
      }
      await refresher.shutdown()
      return report
    }
    if isTerminal && !report.feeds.isEmpty {
      FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
    for feed in report.feeds where feed.note != nil {
      LibraryPipeline.printError("byline: note: \(feed.url): \(feed.note ?? "")")
    }
    for feed in report.failures {
      LibraryPipeline.printError("byline: error: \(feed.url): \(feed.outcome)")
    }
    let skipped = report.feeds.filter { if case .skipped = $0.outcome { true } else { false } }
    let fetched = report.feeds.count - skipped.count
    var summary =
      "byline: \(fetched) of \(report.feeds.count + report.notDue) feeds fetched"
      + (report.notDue > 0 ? " (\(report.notDue) not due yet; --force fetches them)" : "")
      + "; \(report.added) new, \(report.updated) updated items"
    if !report.failures.isEmpty { summary += "; \(report.failures.count) failed" }
    if let first = skipped.first, case .skipped(let reason) = first.outcome {
      summary += "; \(skipped.count) not fetched (\(reason))"
    }
    LibraryPipeline.printError(summary)
    return !report.failures.isEmpty
  }

  /// `URL (title): 3 new, 1 updated items`, with a note when there is one.
  static func line(for report: FeedFetchReport) -> String {
    var text = report.url
    if let title = report.title { text += " (\(title))" }
    text += ": \(report.added) new"
    if report.updated > 0 { text += ", \(report.updated) updated" }
    text += report.added + report.updated == 1 ? " item" : " items"
    if let note = report.note { text += "; \(note)" }
    return text
  }
}
