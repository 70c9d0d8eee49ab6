import ArgumentParser
import BylineCore
import BylineTUI
import Foundation

/// `byline-bench library startup`: the reader's start-up on an existing library, as `byline`
/// does it: open the library, start the background index run, count and load the first page,
/// render the first complete frame; then the time the background run takes to find that
/// nothing changed, and peak memory.
struct LibraryStartupBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "startup",
    abstract: "Time the reader's start-up to its first complete frame on an existing library.")

  @Option(help: "The library file (not changed when its sources are unchanged).")
  var database: String

  @Option(help: "Terminal width of the frame.")
  var width = 120

  @Option(help: "Terminal height of the frame.")
  var height = 40

  @Option(help: "The tagger the background indexer loads: model or none.")
  var tagger = "model"

  func run() throws {
    let url = URL(fileURLWithPath: database)
    let tagger = self.tagger
    guard ["model", "none"].contains(tagger) else {
      throw ValidationError("--tagger must be model or none")
    }
    let started = DispatchTime.now().uptimeNanoseconds
    let library = try Library.open(at: url)
    let indexer = BackgroundIndexer(indexer: { _ in
      // As the reader does: the tagger is loaded on the background thread.
      (try? BenchPipeline.indexer(for: library, tagger: tagger))
        ?? Indexer.standard(library: library, tagger: nil)
    })
    var session = ReaderSession(
      store: library, config: ReaderConfig(), themes: [Theme.builtInDefault], indexer: indexer)
    _ = session.start(width: width, height: height)
    let screen = session.render()
    let frame = Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
    let rows = session.state.listRows
    let count = session.state.list.count ?? 0
    let complete = (0..<min(rows, count)).allSatisfy { session.state.list.summary(at: $0) != nil }
    print(
      "first complete frame (\(width)x\(height), \(count) articles, "
        + "\(complete ? "every visible row loaded" : "ROWS MISSING")): \(ms(frame))")
    print("  first row: \(screen.text(ofRow: 0).trimmingCharacters(in: .whitespaces))")
    indexer.waitUntilIdle(timeout: 600)
    let check = Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
    _ = session.receiveBackground()
    print(
      "background index run finished \(ms(check)) after start: "
        + (session.state.library.summary ?? session.state.status?.text ?? "?"))
    print(
      "peak memory: " + (ProcessMemory.peakMiB.map { String(format: "%.0f MiB", $0) } ?? "n/a"))
  }
}
