import Foundation
import GRDB

/// Writes articles into the library and removes them again, keeping the entity tables in step.
///
/// Used from one thread at a time (the indexer's writer). Entity counts and spellings are
/// gathered per batch and applied by ``flush(_:)`` inside the same transaction, so every
/// committed batch leaves the library consistent.
final class IndexWriteSession {
  private struct VariantKey: Hashable {
    var entity: Int64
    var variant: String
    var kind: EntityKind
  }

  private var entityRowIDs: [String: Int64] = [:]
  private var articleCountDeltas: [Int64: Int] = [:]
  private var variantDeltas: [VariantKey: Int] = [:]

  /// Inserts one prepared article read from file `fileID` and records that the file holds it.
  /// An article whose key is already in the library is not stored again (the first copy wins);
  /// only the file is recorded as holding it too.
  func insert(_ prepared: PreparedArticle, fileID: Int64, into db: Database) throws
    -> ArticleInsertion
  {
    let article = prepared.article
    let published = article.published?.timeIntervalSince1970
    try db.cachedStatement(
      sql: """
        INSERT INTO articles(key, title, source, url, author, published, file_id)
        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO NOTHING
        """
    ).execute(arguments: [
      article.key.rawValue, article.title, article.source, article.url, article.author,
      published, fileID,
    ])
    guard db.changesCount > 0 else {
      return try recordHolding(key: article.key.rawValue, fileID: fileID, db: db)
    }
    let articleID = db.lastInsertedRowID
    try db.cachedStatement(sql: "INSERT INTO file_articles(file_id, article_id) VALUES (?, ?)")
      .execute(arguments: [fileID, articleID])
    for entity in prepared.entities {
      let row = try entityRowID(entity.id, kind: entity.kind, name: entity.variants, db: db)
      try db.cachedStatement(
        sql: """
          INSERT OR IGNORE INTO mentions(entity_rowid, article_id, published, paragraph, start, "end")
          VALUES (?, ?, ?, ?, ?, ?)
          """
      ).execute(arguments: [
        row, articleID, published, entity.paragraph, entity.range.start, entity.range.end,
      ])
      articleCountDeltas[row, default: 0] += 1
      for (variant, count) in entity.variants {
        variantDeltas[
          VariantKey(entity: row, variant: variant, kind: entity.kind), default: 0] += count
      }
    }
    let paragraphStatement = try db.cachedStatement(
      sql: """
        INSERT INTO paragraphs(article_id, idx, kind, text, links, entities)
        VALUES (?, ?, ?, ?, ?, ?)
        """)
    for (index, paragraph) in article.paragraphs.enumerated() {
      let spans = EntitySpanCoding.encode(paragraph.entities) { self.entityRowIDs[$0] }
      try paragraphStatement.execute(arguments: [
        articleID, index, paragraph.kind.rawValue, paragraph.text, prepared.linksJSON[index],
        spans,
      ])
    }
    try db.cachedStatement(sql: "INSERT INTO article_fts(rowid, title, body) VALUES (?, ?, ?)")
      .execute(arguments: [
        articleID, FullTextSegmenter.segmented(article.title),
        FullTextSegmenter.segmented(prepared.body),
      ])
    return .added
  }

  /// Records that file `fileID` holds the stored article with this key as well.
  private func recordHolding(key: String, fileID: Int64, db: Database) throws -> ArticleInsertion {
    guard
      let articleID = try Int64.fetchOne(
        db.cachedStatement(sql: "SELECT id FROM articles WHERE key = ?"), arguments: [key])
    else { return .repeated }
    try db.cachedStatement(
      sql: "INSERT OR IGNORE INTO file_articles(file_id, article_id) VALUES (?, ?)"
    ).execute(arguments: [fileID, articleID])
    return db.changesCount > 0 ? .alreadyStored : .repeated
  }

  /// Forgets that file `fileID` holds its articles. An article another file still holds is
  /// kept (and, when its stored copy came from `fileID`, now belongs to the first of those files
  /// by path); the others are removed with their paragraphs, mentions and full-text entries.
  /// Returns how many articles were removed.
  @discardableResult
  func deleteArticles(ofFile fileID: Int64, from db: Database) throws -> Int {
    let held = try Row.fetchAll(
      db.cachedStatement(
        sql: """
          SELECT a.id, a.file_id FROM file_articles fa JOIN articles a ON a.id = fa.article_id
          WHERE fa.file_id = ?
          """), arguments: [fileID])
    try db.cachedStatement(sql: "DELETE FROM file_articles WHERE file_id = ?")
      .execute(arguments: [fileID])
    var removed = 0
    for row in held where (row[1] as Int64) == fileID {
      let id: Int64 = row[0]
      if let holder = try Row.fetchOne(
        db.cachedStatement(
          sql: """
            SELECT f.id, f.path FROM file_articles fa JOIN files f ON f.id = fa.file_id
            WHERE fa.article_id = ? ORDER BY f.path LIMIT 1
            """), arguments: [id])
      {
        try db.cachedStatement(sql: "UPDATE articles SET file_id = ?, source = ? WHERE id = ?")
          .execute(arguments: [holder[0] as Int64, holder[1] as String, id])
      } else {
        try deleteArticle(id, from: db)
        removed += 1
      }
    }
    return removed
  }

  private func deleteArticle(_ id: Int64, from db: Database) throws {
    try db.cachedStatement(
      sql: """
        INSERT INTO article_fts(article_fts, rowid, title, body)
        SELECT 'delete', id, title, coalesce(body, '') FROM article_text WHERE id = ?
        """
    ).execute(arguments: [id])
    let paragraphs = try Row.fetchAll(
      db.cachedStatement(
        sql: "SELECT text, entities FROM paragraphs WHERE article_id = ? AND entities IS NOT NULL"
      ), arguments: [id])
    for paragraph in paragraphs {
      let spans = EntitySpanCoding.decode(paragraph[1])
      guard !spans.isEmpty else { continue }
      let scalars = Array((paragraph[0] as String).unicodeScalars)
      for span in spans {
        guard let row = span.entityRowID else { continue }
        let start = min(max(0, span.range.start), scalars.count)
        let end = min(max(start, span.range.end), scalars.count)
        let surface = String(String.UnicodeScalarView(scalars[start..<end]))
        variantDeltas[VariantKey(entity: row, variant: surface, kind: span.kind), default: 0] -= 1
      }
    }
    let entities = try Int64.fetchAll(
      db.cachedStatement(sql: "SELECT entity_rowid FROM mentions WHERE article_id = ?"),
      arguments: [id])
    for row in entities { articleCountDeltas[row, default: 0] -= 1 }
    try db.cachedStatement(sql: "DELETE FROM mentions WHERE article_id = ?")
      .execute(arguments: [id])
    try db.cachedStatement(sql: "DELETE FROM paragraphs WHERE article_id = ?")
      .execute(arguments: [id])
    try db.cachedStatement(sql: "DELETE FROM articles WHERE id = ?").execute(arguments: [id])
  }

  /// Applies the gathered entity counts and spellings, and refreshes the display names of the
  /// entities that changed. Call before committing each batch.
  func flush(_ db: Database) throws {
    let countStatement = try db.cachedStatement(
      sql: "UPDATE entities SET article_count = article_count + ?, name_dirty = 1 WHERE rowid = ?")
    for (row, delta) in articleCountDeltas where delta != 0 {
      try countStatement.execute(arguments: [delta, row])
    }
    let variantStatement = try db.cachedStatement(
      sql: """
        INSERT INTO entity_variants(entity_rowid, variant, normalized, count) VALUES (?, ?, ?, ?)
        ON CONFLICT(entity_rowid, variant) DO UPDATE SET count = count + excluded.count
        """)
    let pruneStatement = try db.cachedStatement(
      sql: "DELETE FROM entity_variants WHERE entity_rowid = ? AND variant = ? AND count <= 0")
    let dirtyStatement = try db.cachedStatement(
      sql: "UPDATE entities SET name_dirty = 1 WHERE rowid = ?")
    for (key, delta) in variantDeltas where delta != 0 {
      try variantStatement.execute(arguments: [
        key.entity, key.variant, EntityLinker.normalizedName(key.variant, kind: key.kind), delta,
      ])
      if delta < 0 {
        try pruneStatement.execute(arguments: [key.entity, key.variant])
        try dirtyStatement.execute(arguments: [key.entity])
      }
    }
    articleCountDeltas.removeAll(keepingCapacity: true)
    variantDeltas.removeAll(keepingCapacity: true)
    // The display name: the fullest spelling among those used in at least 5% of the mentions
    // of the most common one, so a rare long misspelling does not win.
    try db.execute(
      sql: """
        UPDATE entities SET name_dirty = 0, name = coalesce((
          SELECT v.variant FROM entity_variants v
          WHERE v.entity_rowid = entities.rowid
            AND v.count * 20 >= (SELECT max(w.count) FROM entity_variants w
                                 WHERE w.entity_rowid = entities.rowid)
          ORDER BY length(v.variant) DESC, v.count DESC, v.variant LIMIT 1), name)
        WHERE name_dirty
        """)
  }

  /// Removes entities no article mentions any more. Call at the end of a run.
  func removeUnusedEntities(_ db: Database) throws {
    try db.execute(
      sql: """
        DELETE FROM entity_variants
        WHERE entity_rowid IN (SELECT rowid FROM entities WHERE article_count <= 0);
        DELETE FROM entities WHERE article_count <= 0;
        """)
    entityRowIDs.removeAll()
  }

  /// Forgets cached entity row IDs (after a rebuild or a failed transaction).
  func reset() {
    entityRowIDs.removeAll()
    articleCountDeltas.removeAll()
    variantDeltas.removeAll()
  }

  private func entityRowID(
    _ id: String, kind: EntityKind, name variants: [String: Int], db: Database
  ) throws -> Int64 {
    if let row = entityRowIDs[id] { return row }
    if let row = try Int64.fetchOne(
      db.cachedStatement(sql: "SELECT rowid FROM entities WHERE id = ?"), arguments: [id])
    {
      entityRowIDs[id] = row
      return row
    }
    let name = variants.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
    try db.cachedStatement(
      sql: "INSERT INTO entities(id, name, kind, article_count) VALUES (?, ?, ?, 0)"
    ).execute(arguments: [id, name ?? id, kind.rawValue])
    let row = db.lastInsertedRowID
    entityRowIDs[id] = row
    return row
  }
}
