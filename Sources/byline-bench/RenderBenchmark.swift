import ArgumentParser
import BylineCore
import BylineTUI
import Foundation

/// `byline-bench render`: the time from a key press to a finished frame — `update` plus the
/// render into the cell grid plus the diff against the previous frame — on a large article.
struct RenderBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Time update + render + diff of one key in the body of a large article.")

  @Option(help: "Terminal width.") var width = 200
  @Option(help: "Terminal height.") var height = 60
  @Option(help: "Article size in KiB.") var kibibytes = 1024
  @Option(help: "Key presses to time.") var iterations = 2000
  @Option(help: "Layout: auto, side or stacked.") var layout = "auto"

  func run() throws {
    guard let mode = LayoutMode(rawValue: layout) else {
      throw ValidationError("--layout must be auto, side or stacked")
    }
    let article = Self.article(kibibytes: kibibytes)
    let store = InMemoryArticleStore(articles: [article])
    var session = ReaderSession(
      store: store, config: ReaderConfig(layout: mode), themes: [Theme.builtInDefault])
    _ = session.start(width: width, height: height)
    let clock = ContinuousClock()
    let opening = clock.measure { session.press([.enter]) }
    var previous = session.render()
    var samples: [Duration] = []
    samples.reserveCapacity(iterations)
    var changedRuns = 0
    for index in 0..<iterations {
      // Scroll down, and back up every 200 keys, so every press changes the frame.
      let key: Key = (index / 200) % 2 == 0 ? .character("j") : .character("k")
      let elapsed = clock.measure {
        session.press([key])
        let screen = session.render()
        changedRuns += screen.diff(from: previous).count
        previous = screen
      }
      samples.append(elapsed)
    }
    samples.sort()
    func milliseconds(_ duration: Duration) -> String {
      let value =
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds)
        / 1e15
      return String(format: "%.3f ms", value)
    }
    let lines = session.state.body.layout?.lines.count ?? 0
    print(
      "article: \(article.paragraphs.count) paragraphs, "
        + "\(article.paragraphs.reduce(0) { $0 + $1.text.utf8.count } / 1024) KiB, "
        + "\(lines) lines at \(session.state.textArea.width) columns")
    print("open (load + reflow): \(milliseconds(opening))")
    print("one key at \(width)x\(height) (\(layout)), \(iterations) presses:")
    print("  median \(milliseconds(samples[samples.count / 2]))")
    print("  p99    \(milliseconds(samples[min(samples.count - 1, samples.count * 99 / 100)]))")
    print("  max    \(milliseconds(samples[samples.count - 1]))")
    print("  changed runs per frame: \(changedRuns / max(1, iterations))")
  }

  /// A synthetic article of about `kibibytes` KiB: varied English paragraphs with entity
  /// spans, some headings, quotes and list items, and some wide text.
  static func article(kibibytes: Int) -> Article {
    let sentences = [
      "The council met on Tuesday to discuss the harbour plan and the new rail link.",
      "Officials said the work would take two more years and cost more than expected.",
      "Residents asked for a noise barrier along the road and a park on the old wharves.",
      "서울시는 새 지하철 노선을 발표했다.",
      "Engineers found the remains of a wooden pier during the excavation work.",
      "北京国际科技博览会于周一开幕。",
    ]
    var paragraphs: [Paragraph] = []
    var bytes = 0
    var index = 0
    while bytes < kibibytes * 1024 {
      let count = 3 + index % 5
      let text = (0..<count).map { sentences[(index + $0) % sentences.count] }
        .joined(separator: " ")
      let kind: ParagraphKind =
        index % 17 == 0 ? .heading : index % 11 == 0 ? .quote : index % 7 == 0 ? .listItem : .body
      let entities = [
        EntitySpan(range: TextRange(start: 4, end: 11), kind: .organization, entityID: "org")
      ]
      paragraphs.append(
        Paragraph(text: text, kind: kind, entities: text.hasPrefix("The ") ? entities : []))
      bytes += text.utf8.count
      index += 1
    }
    return Article(
      key: ArticleKey(rawValue: "00000000000bench"), title: "A very long article",
      source: "bench", published: Date(timeIntervalSince1970: 1_700_000_000),
      paragraphs: paragraphs)
  }
}
