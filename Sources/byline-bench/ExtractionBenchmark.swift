import ArgumentParser
import BylineCore
import Foundation

/// `byline-bench extract`: how fast web pages are read with main-content extraction, against
/// reading the same pages whole (`--raw`, the HTML reading before extraction).
struct ExtractionBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Time main-content extraction on saved web pages.",
    discussion: """
      Reads every HTML file under the given folders (by default the Readability test pages in \
      ../shared/peer/readability/pages) with ArticleReader (decoding, parsing, metadata, \
      extraction and sanitising included), with extraction and without it (--raw), and prints \
      the throughput in MB/s of HTML per CPU second (the best of --runs runs per page), the \
      slowest page, and the extra time extraction costs. Build in release mode:

        swift build -c release --product byline-bench
        .build/release/byline-bench extract
      """
  )

  @Argument(help: "Folders (or files) of HTML pages.")
  var paths: [String] = ["../shared/peer/readability/pages"]

  @Option(help: "Runs per page; the best is kept (1 to 20).")
  var runs: Int = 3

  func validate() throws {
    if !(1...20).contains(runs) { throw ValidationError("--runs must be between 1 and 20.") }
  }

  func run() throws {
    let files = pages()
    if files.isEmpty {
      print("no HTML pages under \(paths.joined(separator: ", ")); nothing to time")
      return
    }
    var totalBytes = 0
    var extractSeconds = 0.0
    var rawSeconds = 0.0
    var slowest = (name: "", seconds: 0.0)
    for file in files {
      guard let data = FileManager.default.contents(atPath: file) else { continue }
      let bytes = [UInt8](data)
      totalBytes += bytes.count
      let extracted = best { _ = try? ArticleReader.read(bytes: bytes, path: file, format: .html) }
      let raw = best {
        _ = try? ArticleReader.read(
          bytes: bytes, path: file, format: .html, extractMainContent: false)
      }
      extractSeconds += extracted
      rawSeconds += raw
      if extracted > slowest.seconds { slowest = (file, extracted) }
    }
    let megabytes = Double(totalBytes) / 1_000_000
    print("pages: \(files.count), \(String(format: "%.1f", megabytes)) MB of HTML")
    print(
      "with extraction: \(String(format: "%.3f", extractSeconds)) s CPU, "
        + "\(String(format: "%.1f", megabytes / extractSeconds)) MB/s")
    print(
      "whole page (--raw): \(String(format: "%.3f", rawSeconds)) s CPU, "
        + "\(String(format: "%.1f", megabytes / rawSeconds)) MB/s")
    print(
      "extraction costs \(String(format: "%.0f", (extractSeconds / rawSeconds - 1) * 100))% "
        + "more time than reading the page whole")
    print("slowest page: \(String(format: "%.1f", slowest.seconds * 1000)) ms (\(slowest.name))")
  }

  /// The HTML files under `paths`, sorted.
  private func pages() -> [String] {
    var found: [String] = []
    for path in paths {
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
      if !isFolder.boolValue {
        found.append(path)
        continue
      }
      let enumerator = FileManager.default.enumerator(atPath: path)
      while let name = enumerator?.nextObject() as? String {
        if name.hasSuffix("source.html")
          || (name.hasSuffix(".html") && !name.hasSuffix("expected.html"))
        {
          found.append((path as NSString).appendingPathComponent(name))
        }
      }
    }
    return found.sorted()
  }

  /// The least CPU time of `runs` runs of `body`.
  private func best(_ body: () -> Void) -> Double {
    var best = Double.infinity
    for _ in 0..<runs {
      let start = cpuSeconds()
      body()
      best = min(best, cpuSeconds() - start)
    }
    return best
  }

  /// CPU time used by this process so far, in seconds.
  private func cpuSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}
