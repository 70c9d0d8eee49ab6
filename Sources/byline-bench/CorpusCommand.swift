import ArgumentParser
import Foundation

/// `byline-bench corpus --count N DIR`: writes a realistic test corpus.
struct CorpusCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "corpus",
    abstract: "Write N generated articles (mostly plain text, some Markdown, HTML, JSONL, RSS).",
    discussion: """
      Sentences come from the sample library, the seed article and the CoNLL-2003 files in \
      ../shared (read at run time); entities recur with a Zipf law; dates span 2015–2025. \
      Files go to DIR/YYYY/NNN/.
      """)

  @Option(help: "How many articles to write.")
  var count: Int

  @Option(help: "The random seed (the same seed gives the same corpus).")
  var seed: UInt64 = 1

  @Argument(help: "The folder to write into (created if missing).")
  var directory: String

  func run() throws {
    let started = Date()
    let written = try Self.generate(
      count: count, seed: seed, into: URL(fileURLWithPath: directory))
    let seconds = Date().timeIntervalSince(started)
    print(
      "corpus: \(count) articles in \(written) files under \(directory) in "
        + String(format: "%.1f s", seconds))
  }

  /// Writes the corpus and returns the number of files written.
  static func generate(count: Int, seed: UInt64, into folder: URL) throws -> Int {
    let material = CorpusSentences.load(
      samples: BenchPaths.packageRoot.appendingPathComponent(
        "Sources/BylineCore/Resources/Samples"),
      seeds: BenchPaths.shared.appendingPathComponent("seeds"),
      ner: BenchPaths.shared.appendingPathComponent("ner"))
    // Plan the files: which articles go in which file, in which format.
    var files: [(format: CorpusFormat, first: Int, count: Int)] = []
    var next = 0
    while next < count {
      let format = CorpusFormat.forFile(files.count)
      let size = min(format.articlesPerFile, count - next)
      files.append((format, next, size))
      next += size
    }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let planned = files
    let failure = FailureBox()
    DispatchQueue.concurrentPerform(iterations: max(1, (planned.count + 99) / 100)) { chunk in
      let range = chunk * 100..<min(planned.count, chunk * 100 + 100)
      guard !range.isEmpty else { return }
      let articles0 = CorpusArticle(
        index: planned[range.lowerBound].first, seed: seed, material: material)
      let year = Calendar(identifier: .gregorian).component(.year, from: articles0.date)
      let subfolder = folder.appendingPathComponent(String(year))
        .appendingPathComponent(String(format: "%04d", chunk))
      do {
        try FileManager.default.createDirectory(at: subfolder, withIntermediateDirectories: true)
        for fileIndex in range {
          let file = planned[fileIndex]
          let articles = (file.first..<file.first + file.count).map {
            CorpusArticle(index: $0, seed: seed, material: material)
          }
          let name =
            String(format: "%06d-", fileIndex)
            + CorpusArticle.slug(articles[0].title)
            .prefix(40) + "." + file.format.fileExtension
          try Data(file.format.render(articles).utf8).write(
            to: subfolder.appendingPathComponent(name))
        }
      } catch {
        failure.set("\(error)")
      }
    }
    if let message = failure.message { throw ValidationError("corpus: \(message)") }
    return planned.count
  }
}

/// The first error seen by the parallel writers.
final class FailureBox: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: String?

  func set(_ message: String) { lock.withLock { if stored == nil { stored = message } } }
  var message: String? { lock.withLock { stored } }
}

/// Where the bench finds the package and `../shared`.
enum BenchPaths {
  /// The package root, from this file's location.
  static var packageRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }

  /// `../shared` next to the package (or `$BYLINE_SHARED`).
  static var shared: URL {
    if let path = ProcessInfo.processInfo.environment["BYLINE_SHARED"] {
      return URL(fileURLWithPath: path)
    }
    return packageRoot.appendingPathComponent("../shared").standardizedFileURL
  }
}
