import BylineCore
import Foundation
import GRDB
import Testing

@Suite struct LibraryFaultTests {
  @Test func createsSchemaAtCurrentVersionAndReopens() throws {
    let scratch = try LibraryScratch()
    do {
      let library = try scratch.openLibrary()
      try library.setReadingState(ReadingState(isStarred: true), for: ArticleKey(rawValue: "k"))
    }
    let library = try Library.open(at: scratch.database)
    #expect(library.hasSources)
    #expect(try library.readingState(for: ArticleKey(rawValue: "k")).isStarred)
    let version = try DatabaseQueue(path: scratch.database.path).read {
      try Int.fetchOne($0, sql: "PRAGMA user_version")
    }
    #expect(version == 6)
  }

  @Test func refusesLibraryFromNewerBylineAndLeavesItUntouched() throws {
    let scratch = try LibraryScratch()
    do { _ = try scratch.openLibrary() }
    try DatabaseQueue(path: scratch.database.path).write { db in
      try db.execute(sql: "PRAGMA user_version = 7")
      try db.execute(sql: "CREATE TABLE future_feature(x)")
    }
    let before = try Data(contentsOf: scratch.database)
    #expect(
      throws: LibraryError.newerSchema(
        path: scratch.database.path, found: 7, supported: 6)
    ) {
      _ = try Library.open(at: scratch.database)
    }
    #expect(try Data(contentsOf: scratch.database) == before)
    let message = LibraryError.newerSchema(path: "/x/library.sqlite", found: 7, supported: 5)
      .description
    #expect(message.contains("/x/library.sqlite") && message.contains("newer Byline"))
  }

  @Test func refusesLibraryWithUnknownMigration() throws {
    let scratch = try LibraryScratch()
    do { _ = try scratch.openLibrary() }
    try DatabaseQueue(path: scratch.database.path).write { db in
      try db.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES ('v99-future')")
    }
    #expect {
      _ = try Library.open(at: scratch.database)
    } throws: { error in
      guard case LibraryError.newerSchema = error else { return false }
      return true
    }
  }

  @Test func movesGarbageFileAsideAndStartsAgain() throws {
    let scratch = try LibraryScratch()
    try FileManager.default.createDirectory(
      at: scratch.database.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }).write(
      to: scratch.database)
    let library = try Library.open(at: scratch.database)
    let recovery = try #require(library.recovery)
    #expect(recovery.movedTo.hasPrefix(scratch.database.path + ".corrupt-"))
    #expect(FileManager.default.fileExists(atPath: recovery.movedTo))
    #expect(recovery.description.contains(recovery.movedTo))
    #expect(try library.integrityCheck() == ["ok"])
    #expect(try library.articleCount(matching: .all) == 0)
  }

  @Test func truncatedFileKeepsReadingStateAndSources() throws {
    let scratch = try LibraryScratch()
    let key = ArticleKey(rawValue: "0123456789abcdef")
    do {
      for index in 0..<40 {
        try scratch.write(
          "\(index).txt", "Title \(index)\n\n" + String(repeating: "Putin spoke. ", count: 200))
      }
      let library = try scratch.openLibrary()
      try library.setReadingState(ReadingState(isRead: true, isStarred: true), for: key)
      try scratch.indexer(library).run()
    }
    // Fold the WAL into the main file, then cut the file in half.
    try DatabaseQueue(path: scratch.database.path).writeWithoutTransaction {
      try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
    }
    let handle = try FileHandle(forWritingTo: scratch.database)
    let size = try handle.seekToEnd()
    try handle.truncate(atOffset: size / 2)
    try handle.close()
    let library = try Library.open(at: scratch.database)
    let recovery = try #require(library.recovery)
    #expect(recovery.reason.contains("truncated"))
    #expect(recovery.keptReadingStates == 1 && recovery.keptSources == 1)
    #expect(try library.readingState(for: key) == ReadingState(isRead: true, isStarred: true))
    let report = try scratch.indexer(library).run()
    #expect(report.articlesAdded == 40)
  }

  @Test func unwritableLocationGivesAClearError() throws {
    let scratch = try LibraryScratch()
    let blocker = scratch.root.appendingPathComponent("file")
    try Data("x".utf8).write(to: blocker)
    let target = blocker.appendingPathComponent("library.sqlite")
    #expect {
      _ = try Library.open(at: target)
    } throws: { error in
      guard case LibraryError.notWritable(let path, _) = error else { return false }
      return path == target.path && "\(error)".contains(target.path)
    }
  }

  @Test func missingSourceIsAnErrorNamingIt() throws {
    let scratch = try LibraryScratch()
    let library = try Library.open(at: scratch.database)
    let missing = scratch.root.appendingPathComponent("nope")
    #expect(throws: LibraryError.missingSource(path: missing.path)) {
      try library.addSource(missing)
    }
    #expect(!library.hasSources)
  }

  @Test func secondConnectionReadsWhileTheFirstIndexes() throws {
    let scratch = try LibraryScratch()
    for index in 0..<60 {
      try scratch.write("\(index).txt", "Title \(index)\n\nPutin in Moscow, part \(index).")
    }
    let writer = try scratch.openLibrary()
    let reader = try Library.open(at: scratch.database)
    let counts = ProgressLog()
    try scratch.indexer(writer, batchSize: 7).run { progress in
      // Runs on the writer thread between batches; the other library reads committed data.
      let count = (try? reader.articleCount(matching: .all)) ?? -1
      counts.append(
        IndexProgress(
          filesDone: count, filesTotal: progress.filesDone, articlesWritten: 0, elapsed: 0))
      try? reader.setReadingState(ReadingState(isRead: true), for: ArticleKey(rawValue: "r"))
    }
    #expect(counts.values.allSatisfy { $0.filesDone == $0.filesTotal })
    #expect(try reader.articleCount(matching: .all) == 60)
    #expect(try writer.readingState(for: ArticleKey(rawValue: "r")).isRead)
  }
}
