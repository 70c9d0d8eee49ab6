import BylineCore
import Foundation

/// A tiny reader for tests: the first line is the title, an optional `date: YYYY-MM-DD` line
/// follows, an optional `url: …` line, then paragraphs separated by blank lines. A file whose
/// first line is `!fail` throws; `---` on its own line starts another article in the same file.
enum TestPlainTextReader {
  struct Failure: Error, CustomStringConvertible {
    var path: String
    var description: String { "\(path): cannot parse" }
  }

  static func read(_ url: URL) throws -> [Article] {
    let text = try String(contentsOf: url, encoding: .utf8)
    if text.hasPrefix("!fail") { throw Failure(path: url.path) }
    return text.components(separatedBy: "\n---\n").map { article(from: $0, source: url.path) }
  }

  static func article(from text: String, source: String) -> Article {
    var lines = text.components(separatedBy: "\n")
    let title = lines.isEmpty ? "" : lines.removeFirst()
    var published: Date?
    var dateText: String?
    var url: String?
    while let first = lines.first, first.hasPrefix("date: ") || first.hasPrefix("url: ") {
      lines.removeFirst()
      if first.hasPrefix("date: ") {
        dateText = String(first.dropFirst(6))
        published = isoDay(dateText ?? "")
      } else {
        url = String(first.dropFirst(5))
      }
    }
    let paragraphs = lines.joined(separator: "\n").components(separatedBy: "\n\n")
      .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
      .filter { !$0.isEmpty }
      .map { Paragraph(text: $0) }
    let key = ArticleKey(
      identifier: url, title: title, published: dateText, body: paragraphs.lazy.map(\.text))
    return Article(
      key: key, title: title, source: source, url: url, published: published,
      paragraphs: paragraphs)
  }

  static func isoDay(_ text: String) -> Date? {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd"
    return formatter.date(from: text)
  }
}

/// A dictionary entity extractor for tests: finds the listed names (whole words, longest first).
struct TestDictionaryExtractor: EntityExtractor {
  var names: [(String, EntityKind)] = [
    ("Vladimir Putin", .person), ("Putin", .person), ("Kim Jong-un", .person),
    ("United States", .location), ("Moscow", .location), ("Yonhap", .organization),
    ("Angela Merkel", .person), ("Merkel", .person), ("Berlin", .location),
  ]

  func entities(in text: String) -> [EntitySpan] {
    let scalars = Array(text.unicodeScalars)
    var spans: [EntitySpan] = []
    var index = 0
    let sorted = names.map { (Array($0.0.unicodeScalars), $0.1) }.sorted { $0.0.count > $1.0.count }
    while index < scalars.count {
      var matched = false
      let boundaryBefore = index == 0 || !scalars[index - 1].properties.isAlphabetic
      if boundaryBefore {
        for (name, kind) in sorted where index + name.count <= scalars.count {
          let end = index + name.count
          guard Array(scalars[index..<end]) == name else { continue }
          guard end == scalars.count || !scalars[end].properties.isAlphabetic else { continue }
          spans.append(EntitySpan(range: TextRange(start: index, end: end), kind: kind))
          index = end
          matched = true
          break
        }
      }
      if !matched { index += 1 }
    }
    return spans
  }
}

/// A linker for tests: "Putin" joins "Vladimir Putin" when both are in the article; the ID is
/// the kind code and the normalised full name.
enum TestLinker {
  static func link(_ article: inout Article) {
    var fullNames: [String] = []
    for paragraph in article.paragraphs {
      for span in paragraph.entities {
        let text = paragraph.text.unicodeScalarSlice(span.range)
        if text.contains(" ") { fullNames.append(text) }
      }
    }
    for p in article.paragraphs.indices {
      let text = article.paragraphs[p].text
      for s in article.paragraphs[p].entities.indices {
        let span = article.paragraphs[p].entities[s]
        var name = text.unicodeScalarSlice(span.range)
        if !name.contains(" "), let full = fullNames.first(where: { $0.hasSuffix(" " + name) }) {
          name = full
        }
        article.paragraphs[p].entities[s].entityID =
          span.kind.code + ":" + EntityLinker.normalizedName(name, kind: span.kind)
      }
    }
  }
}

/// A scratch folder with a library and a source folder, removed on deinit.
final class LibraryScratch {
  let root: URL
  let sources: URL
  let database: URL

  init() throws {
    root = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-library-tests-\(UUID().uuidString)")
    sources = root.appendingPathComponent("articles")
    database = root.appendingPathComponent("data/library.sqlite")
    try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: root) }

  /// Writes an article file under the source folder and returns its URL.
  @discardableResult
  func write(_ name: String, _ text: String, modified: Date? = nil) throws -> URL {
    let url = sources.appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: url, atomically: true, encoding: .utf8)
    if let modified {
      try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: url.path)
    }
    return url
  }

  /// Opens the library and records the source folder.
  func openLibrary() throws -> Library {
    let library = try Library.open(at: database)
    try library.addSource(sources)
    return library
  }

  /// An indexer with the test reader, extractor and linker.
  func indexer(_ library: Library, batchSize: Int = 500) -> Indexer {
    Indexer(
      library: library, readFile: TestPlainTextReader.read, extractor: TestDictionaryExtractor(),
      link: TestLinker.link, batchSize: batchSize)
  }
}
