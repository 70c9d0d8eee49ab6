import Foundation
import GRDB
import Testing

@testable import BylineCore

/// The upgrade from version 3 to 5 (issue 14): entities split by kind are merged into one per
/// name, the reading state stays, and surnames are linked across articles.
@Suite struct LibraryEntityUpgradeTests {
  /// A version 3 library written by hand: three articles; "Arsenal" is `person:arsenal` in one
  /// and `organization:arsenal` in two (one of which also calls it a person once); Tony Blair
  /// in one article and "Mr Blair" alone in another; one article read and starred.
  private func writeVersion3Library(at url: URL) throws {
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    let queue = try DatabaseQueue(path: url.path)
    try LibrarySchema.migrator.migrate(queue, upTo: "v3")
    try queue.write { db in
      try db.execute(
        sql: """
          INSERT INTO sources(id, path, added) VALUES (1, '/news', 0);
          INSERT INTO files(id, path, source_id, size, mtime, hash, article_count)
            VALUES (1, '/news/a.txt', 1, 10, 0, 'h1', 3);
          INSERT INTO articles(id, key, title, source, published, file_id, content_hash) VALUES
            (1, 'k1', 'One', '/news/a.txt', 100, 1, 'c1'),
            (2, 'k2', 'Two', '/news/a.txt', 200, 1, 'c2'),
            (3, 'k3', 'Three', '/news/a.txt', 300, 1, 'c3');
          INSERT INTO file_articles(file_id, article_id) VALUES (1, 1), (1, 2), (1, 3);
          INSERT INTO paragraphs(article_id, idx, kind, text, entities) VALUES
            (1, 0, 'body', 'Arsenal won. Tony Blair watched Arsenal.',
              '0,7,ORG,10;13,23,PER,12;32,39,ORG,10'),
            (2, 0, 'body', 'Arsenal lost. Arsenal fans wept.', '0,7,ORG,10;14,21,PER,11'),
            (3, 0, 'body', 'Arsenal drew. Mr Blair left.', '0,7,PER,11;14,22,PER,13'),
            (3, 1, 'body', 'On Monday, 1989 ended.', '3,9,DATE,14;11,15,DATE,15');
          INSERT INTO entities(rowid, id, name, kind, article_count, name_dirty) VALUES
            (10, 'organization:arsenal', 'Arsenal', 'organization', 2, 0),
            (11, 'person:arsenal', 'Arsenal', 'person', 2, 0),
            (12, 'person:tony-blair', 'Tony Blair', 'person', 1, 0),
            (13, 'person:blair', 'Mr Blair', 'person', 1, 0),
            (14, 'date:monday', 'Monday', 'date', 1, 0),
            (15, 'date:1989', '1989', 'date', 1, 0);
          INSERT INTO entity_variants(entity_rowid, variant, normalized, count) VALUES
            (10, 'Arsenal', 'arsenal', 2), (11, 'Arsenal', 'arsenal', 2),
            (12, 'Tony Blair', 'tony blair', 1), (13, 'Mr Blair', 'blair', 1),
            (14, 'Monday', 'monday', 1), (15, '1989', '1989', 1);
          INSERT INTO mentions(entity_rowid, article_id, published, paragraph, start, "end") VALUES
            (10, 1, 100, 0, 0, 7), (10, 2, 200, 0, 0, 7),
            (11, 2, 200, 0, 14, 21), (11, 3, 300, 0, 0, 7),
            (12, 1, 100, 0, 13, 23), (13, 3, 300, 0, 14, 22),
            (14, 3, 300, 1, 3, 9), (15, 3, 300, 1, 11, 15);
          INSERT INTO reading_state(key, is_read, is_starred, last_paragraph, updated)
            VALUES ('k2', 1, 1, 0, 0);
          """)
    }
  }

  @Test func upgradeFromVersion3MergesNamesAndKeepsReadingState() throws {
    let scratch = try LibraryScratch()
    try writeVersion3Library(at: scratch.database)
    let library = try Library.open(at: scratch.database)
    let version = try DatabaseQueue(path: scratch.database.path).read {
      try Int.fetchOne($0, sql: "PRAGMA user_version")
    }
    #expect(version == LibrarySchema.currentVersion)
    #expect(
      try library.readingState(for: ArticleKey(rawValue: "k2"))
        == ReadingState(isRead: true, isStarred: true, lastParagraph: 0))
    let arsenal = try #require(
      try library.entityDetails(id: "name:arsenal", mentionLimit: 10, relatedLimit: 10))
    // Three mentions as an organisation against two as a person.
    #expect(arsenal.entity.kind == .organization)
    #expect(arsenal.entity.articleCount == 3)
    #expect(arsenal.mentions.map(\.title) == ["Three", "Two", "One"])
    // Article two's first mention is the one kept.
    #expect(arsenal.mentions.first { $0.title == "Two" }?.range == TextRange(start: 0, end: 7))
    #expect(
      try library.entityDetails(id: "person:arsenal", mentionLimit: 1, relatedLimit: 0) == nil)
    // The spans point at the merged entity.
    let two = try #require(try library.article(for: ArticleKey(rawValue: "k2")))
    #expect(two.paragraphs[0].entities.map(\.entityID) == ["name:arsenal", "name:arsenal"])
    // A relative date is no longer an entity; its span stays, unlinked. Absolute dates stay.
    let three = try #require(try library.article(for: ArticleKey(rawValue: "k3")))
    #expect(three.paragraphs[1].entities.map(\.entityID) == [nil, "date:1989"])
    #expect(three.paragraphs[1].entities.map(\.kind) == [.date, .date])
    #expect(try library.entityDetails(id: "date:monday", mentionLimit: 1, relatedLimit: 0) == nil)
    // "Mr Blair" alone reaches Tony Blair's page.
    let blair = try #require(
      try library.entityDetails(id: "name:tony-blair", mentionLimit: 10, relatedLimit: 10))
    #expect(blair.entity.articleCount == 2)
    // (The hand-written library has no full-text rows, so only SQLite's own check applies.)
    let checks = try DatabaseQueue(path: scratch.database.path).read { db in
      (
        try String.fetchAll(db, sql: "PRAGMA integrity_check"),
        try Int.fetchOne(
          db,
          sql:
            "SELECT count(*) FROM mentions WHERE entity_rowid NOT IN (SELECT rowid FROM entities)")
      )
    }
    #expect(checks.0 == ["ok"] && checks.1 == 0)
  }
}
