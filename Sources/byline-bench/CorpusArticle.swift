import Foundation

/// One generated article, before it is written in some format.
struct CorpusArticle {
  var title: String
  var date: Date
  var author: String
  var url: String
  var paragraphs: [String]

  private static let authors = [
    "Staff reporter", "Maria Lopez", "John Carter", "Aiko Tanaka", "Pierre Martin",
    "Olga Ivanova", "Samuel Okoye", "Lena Fischer", "Ravi Menon", "Chen Wei",
  ]

  /// Builds article `index` of the corpus from `material`: a topic entity drawn with a Zipf law
  /// (so some entities recur in many articles), opening sentences that mention it, more
  /// sentences around it, a headline made from the first sentence, and a date between 2015
  /// and 2025.
  init(index: Int, seed: UInt64, material: CorpusSentences) {
    var random = CorpusRandom(seed: seed &+ UInt64(index) &* 0x2545_F491_4F6C_DD1D)
    let pool = material.sentences
    var topicSentences: [Int] = []
    if !material.entities.isEmpty {
      let topic = material.entities[random.zipfIndex(min(material.entities.count, 3000))]
      topicSentences = material.byEntity[topic] ?? []
    }
    let paragraphCount = Int.random(in: 4...12, using: &random)
    var paragraphs: [String] = []
    for p in 0..<paragraphCount {
      var sentences: [String] = []
      for _ in 0..<Int.random(in: 1...4, using: &random) {
        let useTopic =
          !topicSentences.isEmpty && (p == 0 || Int.random(in: 0..<4, using: &random) == 0)
        let pick =
          useTopic
          ? topicSentences[Int.random(in: 0..<topicSentences.count, using: &random)]
          : Int.random(in: 0..<max(1, pool.count), using: &random)
        sentences.append(pool.isEmpty ? "No sample text was available." : pool[pick])
      }
      paragraphs.append(sentences.joined(separator: " "))
    }
    self.paragraphs = paragraphs
    title = Self.headline(from: paragraphs[0])
    let start = 1_420_070_400.0  // 2015-01-01
    let span = 11 * 365.25 * 86_400
    date = Date(
      timeIntervalSince1970: (start + Double.random(in: 0..<span, using: &random)).rounded())
    author = Self.authors[Int.random(in: 0..<Self.authors.count, using: &random)]
    url = "https://news.example.com/\(index)/" + Self.slug(title)
  }

  /// The first clause of a sentence, at most 12 words, without final punctuation.
  static func headline(from text: String) -> String {
    let firstSentence = text.split(separator: ". ", maxSplits: 1).first.map(String.init) ?? text
    var words = firstSentence.split(separator: " ").prefix(12).map(String.init)
    while let last = words.last, ["the", "a", "of", "to", "in", "and", "on", "for"].contains(last) {
      words.removeLast()
    }
    var title = words.joined(separator: " ")
    while let last = title.last, ".,;:\"".contains(last) { title.removeLast() }
    return title.isEmpty ? "Untitled" : title
  }

  /// A URL slug: lower-case words joined by hyphens.
  static func slug(_ title: String) -> String {
    let words = title.lowercased().split { !$0.isLetter && !$0.isNumber }.prefix(8)
    return words.joined(separator: "-")
  }
}
