import ArgumentParser
import BylineCore
import Foundation

/// `byline-bench library phases`: the CPU time of each step the indexer runs per article
/// (reading, tagging, linking), on one thread, over a generated corpus. What the full index
/// costs beyond their sum is the writer (SQLite, full-text index, entity tables).
struct LibraryPhasesBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "phases",
    abstract: "CPU seconds per indexing phase (read, tag, link) on one thread.")

  @Option(help: "Articles in the corpus (the folder /tmp/byline-corpus-N must exist).")
  var count = 10_000

  @Option(help: "The corpus folder (default /tmp/byline-corpus-N).")
  var corpus: String?

  @Option(help: "Read at most this many files (0: all).")
  var files = 0

  func run() throws {
    let corpusURL = URL(fileURLWithPath: corpus ?? "/tmp/byline-corpus-\(count)")
    var list = ArticleFileWalker.files(under: [corpusURL]).files
    if files > 0 { list = Array(list.prefix(files)) }
    guard !list.isEmpty else { throw ValidationError("no files under \(corpusURL.path)") }
    let tag = Indexer.documentTagging(with: try EntityTagger.bundled())
    var read = 0.0
    var tagged = 0.0
    var linked = 0.0
    var articles = 0
    var bytes = 0
    var spans = 0
    for file in list {
      var start = ThreadCPU.seconds
      let found = (try? ArticleReader.readFile(at: URL(fileURLWithPath: file.path)).articles) ?? []
      var now = ThreadCPU.seconds
      read += now - start
      for var article in found {
        articles += 1
        bytes += article.paragraphs.reduce(0) { $0 + $1.text.utf8.count }
        start = now
        tag(&article)
        now = ThreadCPU.seconds
        tagged += now - start
        start = now
        EntityLinker.link(&article)
        now = ThreadCPU.seconds
        linked += now - start
        spans += article.paragraphs.reduce(0) { $0 + $1.entities.count }
      }
    }
    let megabytes = Double(bytes) / 1_000_000
    print(
      "\(list.count) files, \(articles) articles, "
        + String(format: "%.1f MB of paragraph text, ", megabytes) + "\(spans) entity spans")
    for (name, seconds) in [("read", read), ("tag", tagged), ("link", linked)] {
      print(
        String(
          format: "%@: %.2f CPU s (%.0f µs/article, %.1f MB/s)", name, seconds,
          seconds / Double(max(articles, 1)) * 1e6, megabytes / max(seconds, 1e-9)))
    }
  }
}

/// CPU time used by the calling thread so far (immune to other processes' load).
enum ThreadCPU {
  /// Seconds of CPU time of this thread.
  static var seconds: Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}
