import Foundation

/// How far an index run has got, reported after every committed batch.
public struct IndexProgress: Hashable, Sendable {
  /// Files processed so far (in this run).
  public var filesDone: Int
  /// Files this run has to process (new and changed ones).
  public var filesTotal: Int
  /// Articles written so far.
  public var articlesWritten: Int
  /// Seconds since the run started.
  public var elapsed: TimeInterval
  /// Web feeds fetched so far (after the files, in the same run).
  public var feedsDone = 0
  /// Web feeds this run fetches (0 while files are indexed, or when none is due).
  public var feedsTotal = 0
  /// Web feeds that failed so far.
  public var feedsFailed = 0

  /// Creates a progress report.
  public init(filesDone: Int, filesTotal: Int, articlesWritten: Int, elapsed: TimeInterval) {
    self.filesDone = filesDone
    self.filesTotal = filesTotal
    self.articlesWritten = articlesWritten
    self.elapsed = elapsed
  }

  /// Files per second so far.
  public var filesPerSecond: Double {
    elapsed > 0 ? Double(filesDone) / elapsed : 0
  }

  /// Articles per second so far.
  public var articlesPerSecond: Double {
    elapsed > 0 ? Double(articlesWritten) / elapsed : 0
  }

  /// The estimated seconds left, once there is a rate to go by.
  public var estimatedRemaining: TimeInterval? {
    let rate = filesPerSecond
    guard rate > 0, filesDone > 0 else { return nil }
    return Double(max(0, filesTotal - filesDone)) / rate
  }
}
