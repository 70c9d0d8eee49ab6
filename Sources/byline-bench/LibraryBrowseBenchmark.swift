import ArgumentParser
import BylineCore
import Foundation

/// `byline-bench library browse`: what a reader does on an existing library, timed: start-up to
/// the first page and count, paging, full-text queries, entity pages; then peak memory.
struct LibraryBrowseBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "browse",
    abstract: "Time start-up, paging, search and entity pages on an existing library.")

  @Option(help: "The library file.")
  var database: String

  @Option(help: "Runs of each query (the median is reported).")
  var runs = 5

  func run() throws {
    let url = URL(fileURLWithPath: database)
    let ((library, count, page), startup) = try milliseconds {
      let library = try Library.open(at: url)
      let count = try library.articleCount(matching: .all)
      let page = try library.summaries(matching: .all, order: .date, offset: 0, limit: 50)
      return (library, count, page)
    }
    print("start-up to first page of \(page.count) + count (\(count) articles): \(ms(startup))")
    let unread = try median {
      _ = try library.articleCount(matching: ArticleFilter(unreadOnly: true))
      _ = try library.summaries(
        matching: ArticleFilter(unreadOnly: true), order: .date, offset: 0, limit: 50)
    }
    print("unread filter, count + first page: \(ms(unread))")
    let deep = try median {
      _ = try library.summaries(matching: .all, order: .date, offset: count / 2, limit: 50)
    }
    print("page at offset \(count / 2): \(ms(deep))")
    try sourceFilters(library, newest: page.first?.source)
    for query in ["government", "\"prime minister\"", "minist*", "Clinton", "Yeltsin peace talks"] {
      var total = 0
      let first = try milliseconds { total = try library.search(query: query, limit: 20).total }.1
      let time = try median { _ = try library.search(query: query, limit: 20) }
      print("search \(query): \(total) matches, first \(ms(first)), median \(ms(time))")
    }
    let top = try library.topEntities(limit: 200)
    for entity in [top.first, top.count > 99 ? top[99] : top.last].compactMap({ $0 }) {
      let first = try milliseconds {
        _ = try library.entityDetails(id: entity.id, mentionLimit: 50, relatedLimit: 10)
      }.1
      let time = try median {
        _ = try library.entityDetails(id: entity.id, mentionLimit: 50, relatedLimit: 10)
      }
      let filter = try median {
        _ = try library.articleCount(matching: ArticleFilter(entityID: entity.id))
        _ = try library.summaries(
          matching: ArticleFilter(entityID: entity.id), order: .date, offset: 0, limit: 50)
      }
      print(
        "entity page \(entity.name) (\(entity.articleCount) articles): first \(ms(first)), "
          + "median \(ms(time)); its article list (count + first page) \(ms(filter))")
    }
    let lookup = try median { _ = try library.entities(named: top.first?.name ?? "x", limit: 10) }
    print("entity look-up by name: \(ms(lookup))")
    if let key = page.first?.key {
      let open = try median { _ = try library.article(for: key) }
      print("open one article: \(ms(open))")
    }
    print(
      "peak memory while browsing: "
        + (ProcessMemory.peakMiB.map { String(format: "%.0f MiB", $0) } ?? "n/a"))
    let (report, noChange) = try milliseconds {
      try BenchPipeline.indexer(for: library, tagger: "none").run()
    }
    print(
      "index run with nothing changed (\(report.filesUnchanged) files checked): \(ms(noChange))")
    print(
      "peak memory after that check: "
        + (ProcessMemory.peakMiB.map { String(format: "%.0f MiB", $0) } ?? "n/a"))
  }

  /// `byline PATH`: count and first page of the articles under the first source (the whole
  /// library, usually), under the folder two levels above the newest article and under its
  /// own folder.
  private func sourceFilters(_ library: Library, newest: String?) throws {
    var folders = try library.sources().prefix(1).map(\.url.path)
    if let newest {
      let file = URL(fileURLWithPath: newest)
      folders.append(file.deletingLastPathComponent().deletingLastPathComponent().path)
      folders.append(file.deletingLastPathComponent().path)
    }
    for folder in folders {
      let filter = ArticleFilter(sourcePaths: [folder])
      let total = try library.articleCount(matching: filter)
      let time = try median {
        _ = try library.articleCount(matching: filter)
        _ = try library.summaries(matching: filter, order: .date, offset: 0, limit: 50)
      }
      let deep = try median {
        _ = try library.summaries(matching: filter, order: .date, offset: total / 2, limit: 50)
      }
      print(
        "source filter \(folder) (\(total) articles): count + first page \(ms(time)), "
          + "page at offset \(total / 2) \(ms(deep))")
    }
  }

  private func median(_ body: () throws -> Void) throws -> Double {
    var times: [Double] = []
    for _ in 0..<max(1, runs) { times.append(try milliseconds(body).1) }
    return times.sorted()[times.count / 2]
  }
}
