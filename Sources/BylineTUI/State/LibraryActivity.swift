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

  /// Creates an idle activity.
  init() {}

  /// The status-line text while indexing, such as `indexing 1,200/6,000 files · 350/s`.
  var progressText: String? {
    guard isIndexing else { return nil }
    let prefix = note.map { $0 + " · " } ?? ""
    guard let progress, progress.filesTotal > 0 else { return prefix + "indexing…" }
    let rate = Int(progress.filesPerSecond.rounded())
    return prefix + "indexing \(CountText.grouped(progress.filesDone))/"
      + "\(CountText.grouped(progress.filesTotal)) files · \(CountText.grouped(rate))/s"
  }

  /// One line about a finished run, such as
  /// `indexed 12 new, 1 changed, 0 removed files: 30 articles in 1.2 s`.
  static func summary(of report: IndexReport) -> String {
    let files = report.filesAdded + report.filesChanged + report.filesRemoved + report.filesRenamed
    if files == 0 && report.failures.isEmpty && report.filesTouched == 0 {
      return "library up to date"
    }
    var text =
      "indexed \(CountText.grouped(report.filesAdded)) new, "
      + "\(CountText.grouped(report.filesChanged)) changed, "
      + "\(CountText.grouped(report.filesRemoved)) removed files: "
      + "\(CountText.grouped(report.articlesAdded)) articles"
    if report.duplicateArticles > 0 {
      text += " (\(CountText.grouped(report.duplicateArticles)) more already in the library)"
    }
    text += " in " + CountText.seconds(report.elapsed)
    if !report.failures.isEmpty {
      text += ", \(CountText.grouped(report.failures.count)) unreadable"
    }
    if !report.missingSources.isEmpty {
      text += ", \(report.missingSources.count) sources missing"
    }
    return text
  }
}
