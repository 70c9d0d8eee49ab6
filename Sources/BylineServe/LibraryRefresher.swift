import BylineCore
import Foundation

/// Brings the shared library up to date with its sources every so often, on a thread of its
/// own; the readers only ever read it. Results (counts, no content) go to the log.
final class LibraryRefresher {
  private let library: URL
  private let interval: TimeInterval
  private let log: ServeLog
  private let timer: DispatchSourceTimer

  init(library: URL, interval: TimeInterval, log: ServeLog) {
    self.library = library
    self.interval = interval
    self.log = log
    timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "byline.serve.refresh"))
  }

  /// Starts refreshing: the first run after one interval.
  func start() {
    let library = library
    let log = log
    let tagger = TaggerSlot()
    timer.schedule(deadline: .now() + interval, repeating: interval)
    timer.setEventHandler { Self.refresh(library, tagger: tagger, log: log) }
    timer.resume()
  }

  /// Stops refreshing (a run under way finishes its batch; the index stays consistent).
  func stop() { timer.cancel() }

  private static func refresh(_ url: URL, tagger: TaggerSlot, log: ServeLog) {
    do {
      let library = try Library.open(at: url)
      guard library.hasSources else { return }
      if !tagger.isLoaded {
        tagger.isLoaded = true
        do {
          tagger.tagger = try EntityTagger.bundled()
        } catch {
          log.line("refresh: entity tagger unavailable (\(error)); indexing without entities")
        }
      }
      let report = try Indexer.standard(library: library, tagger: tagger.tagger).run()
      guard report.articlesAdded + report.articlesRemoved + report.filesChanged > 0 else { return }
      log.line(
        "refresh: \(report.articlesAdded) articles added, \(report.articlesRemoved) removed, "
          + "\(report.filesChanged) files changed")
    } catch {
      log.line("refresh failed: \(error)")
    }
  }
}
