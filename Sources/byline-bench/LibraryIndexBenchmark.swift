import ArgumentParser
import BylineCore
import Foundation
import Synchronization

/// `byline-bench library index`: generates a corpus if needed, indexes it from scratch into a
/// new library, then runs `library browse` in a fresh process.
struct LibraryIndexBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "index",
    abstract: "Index N generated articles from scratch, then measure browsing in a new process.")

  @Option(help: "Articles in the corpus.")
  var count = 10_000

  @Option(help: "The corpus folder (default /tmp/byline-corpus-N; generated when missing).")
  var corpus: String?

  @Option(help: "The library file (default /tmp/byline-bench-N.sqlite; replaced).")
  var database: String?

  @Option(help: "Entity tagging while indexing: model (the bundled tagger) or none.")
  var tagger = "model"

  @Option(help: "Files per write transaction.")
  var batchSize = Indexer.standardBatchSize

  func run() throws {
    let corpusURL = URL(fileURLWithPath: corpus ?? "/tmp/byline-corpus-\(count)")
    let marker = corpusURL.appendingPathComponent(".complete")
    if !FileManager.default.fileExists(atPath: marker.path) {
      let (files, time) = try milliseconds {
        try CorpusCommand.generate(count: count, seed: 1, into: corpusURL)
      }
      try Data().write(to: marker)
      print("corpus: generated \(count) articles in \(files) files in \(ms(time))")
    }
    let databaseURL = URL(fileURLWithPath: database ?? "/tmp/byline-bench-\(count).sqlite")
    for suffix in ["", "-wal", "-shm"] {
      try? FileManager.default.removeItem(atPath: databaseURL.path + suffix)
    }
    let library = try Library.open(at: databaseURL)
    try library.addSource(corpusURL)
    let indexer = try BenchPipeline.indexer(
      for: library, tagger: tagger, batchSize: batchSize)
    let cpuBefore = ProcessCPU.seconds
    let lastLine = Mutex(Date())
    let (report, time) = try milliseconds {
      try indexer.run { progress in
        let due = lastLine.withLock { last -> Bool in
          guard Date().timeIntervalSince(last) >= 10 else { return false }
          last = Date()
          return true
        }
        if due {
          print(
            "  \(progress.filesDone)/\(progress.filesTotal) files, "
              + String(format: "%.0f articles/s", progress.articlesPerSecond))
        }
      }
    }
    let cpu = ProcessCPU.seconds - cpuBefore
    let stats = try library.statistics()
    let size =
      (try? FileManager.default.attributesOfItem(atPath: databaseURL.path)[.size])
      as? NSNumber
    print(
      "first full index (tagger: \(tagger)): \(report.articlesAdded) articles from "
        + "\(report.filesAdded) files in " + String(format: "%.1f s", time / 1000)
        + String(format: " (%.0f articles/s)", Double(report.articlesAdded) / (time / 1000))
        + String(format: ", %.1f s of CPU time", cpu)
        + String(format: " (writer thread %.1f s)", report.writerCPUSeconds)
        + "; \(stats.entities) entities; "
        + String(format: "database %.0f MiB", (size?.doubleValue ?? 0) / 1_048_576)
        + "; peak memory while indexing "
        + (ProcessMemory.peakMiB.map { String(format: "%.0f MiB", $0) } ?? "n/a"))
    if !report.failures.isEmpty { print("  \(report.failures.count) files failed to read") }
    fflush(nil)
    let child = Process()
    child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
    child.arguments = ["library", "browse", "--database", databaseURL.path]
    try child.run()
    child.waitUntilExit()
  }
}
