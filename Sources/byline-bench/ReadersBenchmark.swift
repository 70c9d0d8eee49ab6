import ArgumentParser
import BylineCore
import Foundation

/// `byline-bench readers`: how fast each article reader is, and whether its time grows linearly
/// with the size of the file.
struct ReadersBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "readers",
    abstract: "Time every article reader on generated files of 1, 4, 16 and 32 MiB.",
    discussion: """
      Generates one file per format and size in a temporary folder (removed afterwards), reads \
      each with ArticleReader.readFile (decoding, format detection, parsing and sanitising \
      included), and prints the wall-clock and CPU time (the best of several runs) and the \
      throughput in MB/s (10^6 bytes per CPU second, which other processes on a busy machine \
      disturb far less than wall-clock time). The summary, cpu(largest) / cpu(1 MiB) / \
      (largest / 1 MiB), is 1.0 for a reader whose time grows linearly with the input; a \
      quadratic reader shows a figure near the size ratio (32). Build in release mode for \
      meaningful figures:

        swift build -c release --product byline-bench
        .build/release/byline-bench readers --size-mib 32
      """
  )

  @Option(help: "The largest input size in MiB (sizes are 1, 4, 16, 32 up to this).")
  var sizeMib: Int = 32

  @Option(help: "Only these formats (comma-separated: text,markdown,html,rss,atom,jsonfeed,jsonl).")
  var formats: String?

  func validate() throws {
    if sizeMib < 1 { throw ValidationError("--size-mib must be at least 1.") }
  }

  func run() throws {
    let sizes = [1, 4, 16, 32].filter { $0 <= sizeMib }
    let chosen = try selectedFormats()
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-bench-readers-\(ProcessInfo.processInfo.processIdentifier)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }

    let options = IngestOptions(maxFileSize: (sizes.last ?? 1) * 1_048_576 * 2)
    print("format     size    wall s     cpu s      MB/s  articles  paragraphs")
    var summary: [(String, Double)] = []
    for format in chosen {
      var times: [Int: Double] = [:]
      for size in sizes {
        let file = folder.appendingPathComponent("input-\(size).\(format.fileExtension)")
        let text = format.generate(bytes: size * 1_048_576)
        try Data(text.utf8).write(to: file)
        let bytes = text.utf8.count
        let runs = size <= 1 ? 5 : size <= 4 ? 3 : 2
        var best = Double.infinity
        var bestWall = Double.infinity
        var articles = 0
        var paragraphs = 0
        for _ in 0..<runs {
          let clock = ContinuousClock()
          let start = clock.now
          let cpuStart = cpuSeconds()
          let ingest = try ArticleReader.readFile(at: file, options: options)
          best = min(best, cpuSeconds() - cpuStart)
          bestWall = min(bestWall, seconds(clock.now - start))
          articles = ingest.articles.count
          paragraphs = ingest.articles.reduce(0) { $0 + $1.paragraphs.count }
        }
        times[size] = best
        let rate = Double(bytes) / 1_000_000 / best
        print(
          "\(pad(format.rawValue, 9)) \(pad("\(size) MiB", 7, right: true)) "
            + "\(pad(String(format: "%.3f", bestWall), 9, right: true)) "
            + "\(pad(String(format: "%.3f", best), 9, right: true)) "
            + "\(pad(String(format: "%.1f", rate), 9, right: true)) "
            + "\(pad("\(articles)", 9, right: true)) \(pad("\(paragraphs)", 11, right: true))")
        try? FileManager.default.removeItem(at: file)
      }
      if let largest = sizes.last, largest > 1, let small = times[1], let big = times[largest] {
        summary.append((format.rawValue, big / small / Double(largest)))
      }
    }
    if !summary.isEmpty, let largest = sizes.last {
      print("\nlinearity: cpu(\(largest) MiB) / cpu(1 MiB) / \(largest)  (1.0 = linear)")
      for (name, ratio) in summary {
        print("\(pad(name, 9)) \(String(format: "%.2f", ratio))")
      }
    }
  }

  private func selectedFormats() throws -> [GeneratedFormat] {
    guard let formats else { return GeneratedFormat.allCases }
    return try formats.split(separator: ",").map { name in
      guard let format = GeneratedFormat(rawValue: String(name)) else {
        throw ValidationError("Unknown format '\(name)'.")
      }
      return format
    }
  }

  /// CPU time used by this process so far, in seconds.
  private func cpuSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  private func seconds(_ duration: Duration) -> Double {
    let parts = duration.components
    return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
  }

  private func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
    let room = max(0, width - text.count)
    return right
      ? String(repeating: " ", count: room) + text : text + String(repeating: " ", count: room)
  }
}
