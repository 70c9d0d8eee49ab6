import BylineCore

/// What the library is doing in the background: an index run in progress, and the summary of
/// the last one (shown in the status line until the next key).
public struct LibraryActivity: Hashable, Sendable {
  /// Whether an index run is going on.
  var isIndexing = false
  /// The last progress report of the run going on (`nil` before its first batch).
  var progress: IndexProgress?
  /// Articles written when the list was last reloaded during this run.
  var articlesListed = 0
  /// The run's elapsed seconds when the list was last reloaded.
  var listedAt: Double = 0
  /// Seconds between list reloads while a run goes on (the run reports every batch).
  static let reloadInterval: Double = 0.5
  /// One line about the last finished run, until the next key.
  public var summary: String?
  /// What the reader did before the run (such as `added news`), shown with its progress and
  /// its summary.
  var note: String?
  /// One line per problem of the last finished run (a file it could not read and why, a
  /// source it did not find), for the problems page (`!`).
  var problems: [String] = []

  init() {}

  /// The status-line text while indexing, such as `indexing 1,200/6,000 files · 350/s`.
  var progressText: String? {
    guard isIndexing else { return nil }
    let prefix = note.map { $0 + " · " } ?? ""
    if let progress, progress.feedsTotal > 0 {
      let failed =
        progress.feedsFailed > 0 ? " · \(CountText.grouped(progress.feedsFailed)) failed" : ""
      return prefix + "fetching \(CountText.grouped(progress.feedsDone))/"
        + CountText.counted(progress.feedsTotal, "feed", "feeds") + failed
    }
    guard let progress, progress.filesTotal > 0 else { return prefix + "indexing…" }
    let rate = Int(progress.filesPerSecond.rounded())
    return prefix + "indexing \(CountText.grouped(progress.filesDone))/"
      + CountText.counted(progress.filesTotal, "file", "files") + " · \(CountText.grouped(rate))/s"
  }

  /// One line about a finished run, such as
  /// `indexed 12 new, 1 changed files: 30 articles in 1.2 s`. Problems come first, so a
  /// narrow status line still shows them: `2 unreadable: bad.xml +1 more · indexed …`.
  static func summary(of report: IndexReport) -> String {
    let files = report.filesAdded + report.filesChanged + report.filesRemoved + report.filesRenamed
    let feedText = feedSummary(of: report)
    if files == 0 && report.failures.isEmpty && report.filesTouched == 0 {
      guard let feedText else { return "library up to date" }
      return ([feedText.problem].compactMap { $0 } + [feedTextTail(report)])
        .joined(separator: " · ")
    }
    var problems: [String] = []
    if let problem = feedText?.problem { problems.append(problem) }
    if let first = report.failures.first {
      let more = report.failures.count - 1
      problems.append(
        "\(CountText.grouped(report.failures.count)) unreadable: \(fileName(of: first))"
          + (more > 0 ? " +\(CountText.grouped(more)) more" : ""))
    }
    if !report.missingSources.isEmpty {
      problems.append(
        CountText.counted(report.missingSources.count, "source", "sources") + " missing")
    }
    let changes = [
      (report.filesAdded, "new"), (report.filesChanged, "changed"),
      (report.filesRemoved, "removed"), (report.filesRenamed, "renamed"),
    ]
    .filter { $0.0 > 0 }.map { "\(CountText.grouped($0.0)) \($0.1)" }
    var text: String
    if changes.isEmpty {
      text = "no files changed"
    } else {
      text =
        "indexed " + changes.joined(separator: ", ") + (files == 1 ? " file: " : " files: ")
        + CountText.articles(report.articlesAdded)
      if report.duplicateArticles > 0 {
        text += " (\(CountText.grouped(report.duplicateArticles)) more already in the library)"
      }
    }
    if report.feedsFetched > 0 { text += " · " + feedTextTail(report) }
    text += " in " + CountText.seconds(report.elapsed)
    return (problems + [text]).joined(separator: " · ")
  }

  /// The feeds' part of a summary: the failures first (`1 feed failed: host/feed.xml (HTTP
  /// 404)`), `nil` when no feed was fetched.
  private static func feedSummary(of report: IndexReport) -> (problem: String?, fetched: Int)? {
    guard report.feedsFetched > 0 else { return nil }
    guard let first = report.feedFailures.first else { return (nil, report.feedsFetched) }
    let more = report.feedFailures.count - 1
    let name = TextSanitizer.sanitizeLine(
      first.url.replacingOccurrences(of: "https://", with: "")
        .replacingOccurrences(of: "http://", with: ""))
    let problem =
      CountText.counted(report.feedFailures.count, "feed", "feeds") + " failed: \(name) ("
      + TextSanitizer.sanitizeLine(first.outcome.description) + ")"
      + (more > 0 ? " +\(CountText.grouped(more)) more" : "")
    return (problem, report.feedsFetched)
  }

  /// `3 feeds fetched: 2 new items`.
  private static func feedTextTail(_ report: IndexReport) -> String {
    var text =
      CountText.counted(report.feedsFetched, "feed", "feeds") + " fetched: "
      + CountText.counted(report.feedArticlesAdded, "new item", "new items")
    if report.feedArticlesUpdated > 0 {
      text += ", " + CountText.counted(report.feedArticlesUpdated, "updated", "updated")
    }
    return text
  }

  /// The name of the file a library error is about (its last path component), for the status
  /// line.
  /// The problems of a finished run, one line each: every unreadable file with its path and
  /// why, then every missing source.
  static func problems(of report: IndexReport) -> [String] {
    report.failures.map(problemLine(for:))
      + report.missingSources.map { TextSanitizer.sanitizeLine("source not found: \($0)") }
  }

  /// One line for a problem: `path: why`, the path once (a reader's message names it already).
  static func problemLine(for error: LibraryError) -> String {
    if case .unreadableFile(let path, let message) = error, message.hasPrefix(path + ":") {
      return TextSanitizer.sanitizeLine(message)
    }
    return TextSanitizer.sanitizeLine("\(error)")
  }

  static func fileName(of error: LibraryError) -> String {
    let path: String
    switch error {
    case .notWritable(let file, _), .newerSchema(let file, _, _), .database(let file, _),
      .missingSource(let file), .unreadableFile(let file, _):
      path = file
    }
    let name = path.split(separator: "/").last.map(String.init) ?? path
    return TextSanitizer.sanitizeLine(name)
  }
}
