import Foundation
import GRDB
import Testing

@testable import BylineCore

/// A first full index builds the `mentions` secondary indexes at the end; whatever happens,
/// the library ends with every index the schema defines, and entity pages read the same.
@Suite struct LibraryBulkLoadTests {
  static func indexNames(_ library: Library) throws -> Set<String> {
    try library.read { db in
      Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'"))
    }
  }

  static func writeFiles(_ scratch: LibraryScratch, count: Int) throws {
    for index in 0..<count {
      try scratch.write(
        "f\(index).txt",
        "Title \(index)\ndate: 2020-03-\(10 + index % 18)\n\nPutin met Merkel in Moscow \(index).")
    }
  }

  @Test func firstFullIndexEndsWithEveryIndexAndTheSameEntityPages() throws {
    let fresh = try LibraryScratch()
    let expected = try Self.indexNames(try fresh.openLibrary())
    #expect(expected.isSuperset(of: ["mentions_by_date", "mentions_by_article"]))

    let bulk = try LibraryScratch()
    try Self.writeFiles(bulk, count: 12)
    let bulkLibrary = try bulk.openLibrary()
    try bulk.indexer(bulkLibrary, batchSize: 5).run()
    #expect(try Self.indexNames(bulkLibrary) == expected)

    let single = try LibraryScratch()
    try Self.writeFiles(single, count: 12)
    let singleLibrary = try single.openLibrary()
    try single.indexer(singleLibrary, batchSize: 50).run()
    let id = "PER:putin"
    let fromBulk = try bulkLibrary.entityDetails(id: id, mentionLimit: 20, relatedLimit: 5)
    let fromSingle = try singleLibrary.entityDetails(id: id, mentionLimit: 20, relatedLimit: 5)
    #expect(fromBulk?.mentions.map(\.title) == fromSingle?.mentions.map(\.title))
    #expect(fromBulk?.mentions.count == 12)
    #expect(fromBulk?.related.map(\.entity.id) == fromSingle?.related.map(\.entity.id))
  }

  @Test func runAfterAKilledFirstIndexRestoresTheIndexesBeforeDeleting() throws {
    let scratch = try LibraryScratch()
    try Self.writeFiles(scratch, count: 4)
    let library = try scratch.openLibrary()
    let expected = try Self.indexNames(library)
    try scratch.indexer(library).run()
    // As a first index killed half-way leaves it: articles written, deferred indexes missing.
    try library.write { db in try LibrarySchema.dropDeferredIndexes(db) }
    try FileManager.default.removeItem(at: scratch.sources.appendingPathComponent("f0.txt"))
    let report = try scratch.indexer(library, batchSize: 1).run()
    #expect(report.articlesRemoved == 1)
    #expect(try Self.indexNames(library) == expected)
    #expect(try library.entities(named: "Putin", limit: 1).first?.articleCount == 3)
  }

  /// Issue 15: a first bulk index writes unsynced and with FTS5 merging less often; afterwards
  /// the library syncs again, FTS5 merges as usual (also after a killed first index left the
  /// setting behind), and the full-text index is whole and finds every article.
  @Test func firstBulkIndexLeavesSyncingAndMergingAsUsual() throws {
    let scratch = try LibraryScratch()
    try Self.writeFiles(scratch, count: 12)
    let library = try scratch.openLibrary()
    try scratch.indexer(library, batchSize: 5).run()
    func settings() throws -> (synchronous: Int?, automerge: Int?) {
      try library.write { db in
        (
          try Int.fetchOne(db, sql: "PRAGMA synchronous"),
          try Int.fetchOne(db, sql: "SELECT v FROM article_fts_config WHERE k = 'automerge'")
        )
      }
    }
    #expect(try settings().synchronous == 1)  // NORMAL
    #expect(try settings().automerge ?? 4 == 4)
    try library.write { db in
      try db.execute(sql: "INSERT INTO article_fts(article_fts) VALUES ('integrity-check')")
    }
    #expect(try library.search(query: "Moscow").total == 12)

    // As a first index killed half-way leaves it.
    try library.write { db in
      try db.execute(sql: "INSERT INTO article_fts(article_fts, rank) VALUES ('automerge', 8)")
    }
    try scratch.write("f99.txt", "Late\n\nPutin in Moscow again.")
    try scratch.indexer(library).run()
    #expect(try settings().automerge == 4)
    #expect(try library.search(query: "Moscow").total == 13)
  }
}
