import ArgumentParser
import BylineCore
import BylineTraining
import Foundation

/// `byline-bench tagger`: the entity tagger's throughput on raw text (MB of UTF-8 per second on
/// one core, tokenizing, tagging and rules included), the model's load time, and timings of
/// pathological inputs.
struct TaggerBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tagger",
    abstract: "Entity tagger throughput (MB/s), model load time and pathological inputs.")

  @Option(help: "CoNLL file whose sentences, joined back into running text, are the corpus.")
  var data = "../shared/ner/conll2003-dev.txt"
  @Option(help: "Megabytes of text to tag (the corpus is repeated to reach it).")
  var megabytes = 8.0
  @Option(help: "How many times to measure (the best and median are reported).") var runs = 3
  @Option(help: "Model file (default: the bundled model).") var model: String?
  @Flag(help: "Also time pathological inputs (10 MB without spaces, emoji, CJK, capitals).")
  var stress = false

  func run() throws {
    let clock = ContinuousClock()
    let url = try model.map { URL(fileURLWithPath: $0) } ?? EntityTagger.bundledModelURL()
    var loads: [Duration] = []
    var loaded: TaggerModel?
    for _ in 0..<5 {
      let start = clock.now
      loaded = try TaggerModel(contentsOf: url)
      loads.append(clock.now - start)
    }
    guard let loaded else { return }
    let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
    print("model: \(url.lastPathComponent), \(size) bytes")
    print(
      "load: median \(Self.milliseconds(loads.sorted()[2])) ms, max \(Self.milliseconds(loads.max() ?? .zero)) ms"
    )
    let tagger = EntityTagger(model: loaded)

    let documents = try CoNLLCorpus.read(contentsOf: URL(fileURLWithPath: data))
      .map { $0.rawParagraphs() }
    let corpusBytes = documents.reduce(0) { $0 + $1.reduce(0) { $0 + $1.utf8.count + 1 } }
    guard corpusBytes > 0 else { throw ValidationError("\(data) has no text") }
    let target = Int(megabytes * 1_000_000)
    _ = tagger.entities(inDocument: documents[0])  // warm up
    var cpuRates: [Double] = []
    var wallRates: [Double] = []
    for run in 1...max(1, runs) {
      var bytes = 0
      var entities = 0
      let start = clock.now
      let startCPU = Self.threadCPUSeconds()
      outer: while true {
        for document in documents {
          entities += tagger.entities(inDocument: document).reduce(0) { $0 + $1.count }
          bytes += document.reduce(0) { $0 + $1.utf8.count + 1 }
          if bytes >= target { break outer }
        }
      }
      let seconds = Self.seconds(clock.now - start)
      let cpuSeconds = Self.threadCPUSeconds() - startCPU
      let megabytes = Double(bytes) / 1_000_000
      cpuRates.append(megabytes / cpuSeconds)
      wallRates.append(megabytes / seconds)
      print(
        "run \(run): \(bytes) bytes of raw text, \(entities) entities, "
          + "\(Self.format(cpuSeconds)) s CPU, \(Self.format(seconds)) s wall")
    }
    cpuRates.sort()
    wallRates.sort()
    print(
      "throughput: best \(Self.format(cpuRates.last ?? 0)) MB/s, median "
        + "\(Self.format(cpuRates[cpuRates.count / 2])) MB/s of CPU time on one core "
        + "(wall clock: best \(Self.format(wallRates.last ?? 0)) MB/s)")
    if stress { runStress(tagger, clock: clock) }
  }

  private func runStress(_ tagger: EntityTagger, clock: ContinuousClock) {
    let cases: [(String, String)] = [
      ("10 MB without spaces", String(repeating: "abcdefghij", count: 1_000_000)),
      ("1 MB of emoji", String(repeating: "😀👍🏽👨‍👩‍👧🇰🇷", count: 1_000_000 / 27)),
      ("1 MB of CJK", String(repeating: "北京是中国的首都。金正恩访问俄罗斯。", count: 1_000_000 / 54)),
      (
        "1 MB of capitalised words",
        String(repeating: "Kim Jong Putin Moscow ", count: 1_000_000 / 22)
      ),
      ("1 MB of digits and dots", String(repeating: "1.2,3.4 ", count: 1_000_000 / 8)),
      ("1 MB of dotted words", String(repeating: "abc.", count: 1_000_000 / 4)),
      ("1 MB of one URL", "https://" + String(repeating: "a/b-c.", count: 1_000_000 / 6)),
      ("empty", ""),
    ]
    for (name, text) in cases {
      let start = clock.now
      let found = tagger.entities(in: text).count
      let seconds = Self.seconds(clock.now - start)
      print(
        "stress: \(name): \(text.utf8.count) bytes, \(found) entities, \(Self.format(seconds)) s")
    }
  }

  /// CPU time used by this thread so far, in seconds (immune to other processes' load).
  private static func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  private static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
  }

  private static func milliseconds(_ duration: Duration) -> String {
    format(seconds(duration) * 1000)
  }

  private static func format(_ value: Double) -> String {
    String(format: "%.2f", value)
  }
}
