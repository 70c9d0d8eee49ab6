import BylineCore
import Foundation
import Synchronization
import Testing

/// The library used from several threads at once, as the reader uses it: the indexer writes
/// batches (reading files on every core) while other threads query and save reading state
/// through the same `Library` and through a second one on the same file.
///
/// Part of the thread-sanitizer group (suites named `…ConcurrencyTests`, run by `.ci/run`
/// with `--sanitize=thread`; issue 17, item 6).
@Suite struct LibraryConcurrencyTests {
  @Test func queriesAndMarksOnManyThreadsWhileTheIndexerWrites() throws {
    let scratch = try LibraryScratch()
    let total = 120
    for index in 0..<total {
      try scratch.write("\(index).txt", "Story \(index)\n\nPutin met Merkel in Moscow, \(index).")
    }
    let library = try scratch.openLibrary()
    let other = try Library.open(at: scratch.database)
    let indexer = scratch.indexer(library, batchSize: 10)
    let finished = Mutex(false)
    let failures = Mutex<[String]>([])
    let writer = Thread {
      do {
        try indexer.run()
      } catch {
        failures.withLock { $0.append("index: \(error)") }
      }
      finished.withLock { $0 = true }
    }
    writer.start()
    DispatchQueue.concurrentPerform(iterations: 4) { worker in
      let store = worker.isMultiple(of: 2) ? library : other
      var round = 0
      repeat {
        do {
          let count = try store.articleCount(matching: .all)
          let hits = try store.search(query: "Moscow").total
          // A second read may see a later batch, never an earlier one.
          if hits < count { failures.withLock { $0.append("\(hits) hits < \(count)") } }
          _ = try store.summaries(matching: .all, order: .date, offset: 0, limit: 20)
          try store.setReadingState(
            ReadingState(isRead: true, lastParagraph: round),
            for: ArticleKey(rawValue: "worker-\(worker)"))
        } catch {
          failures.withLock { $0.append("worker \(worker): \(error)") }
        }
        round += 1
      } while !finished.withLock({ $0 }) || round < 3
    }
    #expect(failures.withLock { $0 } == [])
    #expect(try library.articleCount(matching: .all) == total)
    #expect(try other.search(query: "Moscow").total == total)
    for worker in 0..<4 {
      #expect(try library.readingState(for: ArticleKey(rawValue: "worker-\(worker)")).isRead)
    }
  }

  /// Several openers of one new library at the same moment (`byline add` while the reader
  /// starts, or a script polling for the file): each gets the library, none sees a half-made
  /// schema ("table sources already exists") or takes the other's new file for a damaged one
  /// and moves it aside.
  @Test func openersOfANewLibraryAtOnceAllGetIt() throws {
    for _ in 0..<5 {
      let scratch = try LibraryScratch()
      let database = scratch.database
      let failures = Mutex<[String]>([])
      DispatchQueue.concurrentPerform(iterations: 6) { _ in
        do {
          let library = try Library.open(at: database)
          if library.recovery != nil { failures.withLock { $0.append("moved aside") } }
          _ = try library.articleCount(matching: .all)
        } catch {
          failures.withLock { $0.append("\(error)") }
        }
      }
      #expect(failures.withLock { $0 } == [])
      let folder = scratch.database.deletingLastPathComponent()
      let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      #expect(!names.contains { $0.contains(".corrupt-") }, "\(names)")
    }
  }
}
