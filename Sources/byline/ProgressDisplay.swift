import BylineCore
import Foundation
import Synchronization

/// Shows index progress on standard error: a redrawn bar with rate and time left on a terminal,
/// plain lines (at most one every two seconds) otherwise.
final class ProgressDisplay: Sendable {
  private let isTerminal: Bool
  private let state = Mutex<(lastLine: Date, drewBar: Bool)>((Date.distantPast, false))

  init(isTerminal: Bool) {
    self.isTerminal = isTerminal
  }

  /// Shows one progress report.
  func show(_ progress: IndexProgress) {
    let percent = progress.filesTotal > 0 ? progress.filesDone * 100 / progress.filesTotal : 100
    let rate = String(format: "%.0f files/s", progress.filesPerSecond)
    let left = progress.estimatedRemaining.map { " " + Self.duration($0) + " left" } ?? ""
    let counts = "\(progress.filesDone)/\(progress.filesTotal) files"
    if isTerminal {
      let width = 30
      let filled = width * percent / 100
      let bar =
        String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
      let line = "\r[\(bar)] \(percent)% \(counts)  \(rate)\(left)\u{1B}[K"
      FileHandle.standardError.write(Data(line.utf8))
      state.withLock { $0.drewBar = true }
    } else {
      let due = state.withLock { state -> Bool in
        let now = Date()
        guard
          progress.filesDone == progress.filesTotal || now.timeIntervalSince(state.lastLine) >= 2
        else { return false }
        state.lastLine = now
        return true
      }
      if due { LibraryPipeline.printError("indexing: \(percent)% \(counts), \(rate)\(left)") }
    }
  }

  /// Ends the bar's line.
  func finish() {
    if state.withLock({ $0.drewBar }) { FileHandle.standardError.write(Data("\n".utf8)) }
  }

  private static func duration(_ seconds: TimeInterval) -> String {
    let total = Int(seconds.rounded())
    return total >= 3600
      ? String(format: "%d:%02d:%02d", total / 3600, total / 60 % 60, total % 60)
      : String(format: "%d:%02d", total / 60, total % 60)
  }
}
