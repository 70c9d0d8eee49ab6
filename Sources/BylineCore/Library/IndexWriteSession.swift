import Foundation
import GRDB

/// Writes articles into the library and removes them again, keeping the entity tables in step.
///
/// Used from one thread at a time (the indexer's writer). Entity counts and spellings are
/// gathered per batch and applied by ``flush(_:)`` inside the same transaction, so every
/// committed batch leaves the library consistent.
///
/// Mentions are gathered too and inserted at ``flush(_:)`` in primary-key order: inserted in
/// article order they would land all over the `mentions` B-trees (one random page per
/// mention, which at 100,000 articles no longer fits in the page cache); sorted, each page is
/// visited once per batch.
final class IndexWriteSession {
  private struct PendingMention: Comparable {
    var entity: Int64
    var article: Int64
    var published: Double?
    var paragraph: Int
    var range: TextRange

    static func < (a: PendingMention, b: PendingMention) -> Bool {
      a.entity != b.entity ? a.entity < b.entity : a.article < b.article
    }

    static func == (a: PendingMention, b: PendingMention) -> Bool {
      a.entity == b.entity && a.article == b.article
    }
  }

  private struct NameKey: Hashable {
    var variant: String
    var kind: EntityKind
  }

  private struct VariantKey: Hashable {
    var entity: Int64
    var variant: String
    var kind: EntityKind
  }

  private struct KindKey: Hashable {
    var entity: Int64
    var kind: EntityKind
  }

  private var entityRowIDs: [String: Int64] = [:]
  private var kindDeltas: [KindKey: Int] = [:]
  /// The entities whose mentions changed since the session began (``EntityAliasTable`` brings
  /// the copies of their mentions up to date at the end of the run).
  private(set) var touchedEntities = Set<Int64>()
  private var articleCountDeltas: [Int64: Int] = [:]
  private var variantDeltas: [VariantKey: Int] = [:]
  private var pendingMentions: [PendingMention] = []
  /// Spelling → normalised name: a library has a few thousand spellings, met again and again.
  private var normalizedNames: [NameKey: String] = [:]

  /// Inserts one prepared article read from file `fileID` and records that the file holds it.
  ///
  /// An article whose key is already in the library is not stored again; the file is recorded
  /// as holding it too. Keys are the identifier or the whole text (see ``ArticleKey``), so when
  /// the stored text differs (`content_hash`), the same identifier came with an edited text:
  /// the stored text is replaced by this one, keeping the article's row, key and reading state.
  func insert(_ prepared: PreparedArticle, fileID: Int64, into db: Database) throws
    -> ArticleInsertion
  {
    let article = prepared.article
    let published = article.published?.timeIntervalSince1970
    try db.cachedStatement(
      sql: """
        INSERT INTO articles(key, title, source, url, author, published, file_id, content_hash)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO NOTHING
        """
    ).execute(arguments: [
      article.key.rawValue, article.title, article.source, article.url, article.author,
      published, fileID, prepared.contentHash,
    ])
    guard db.changesCount > 0 else {
      return try recordHolding(prepared, fileID: fileID, db: db)
    }
    let articleID = db.lastInsertedRowID
    let holding = try BulkInsertStatement(
      db, sql: "INSERT INTO file_articles(file_id, article_id) VALUES (?, ?)")
    holding.bind(1, fileID)
    holding.bind(2, articleID)
    try holding.run()
    try writeContent(prepared, articleID: articleID, db: db)
    return .added
  }

  /// Writes an article's paragraphs, full-text entry and (pending) mentions.
  private func writeContent(_ prepared: PreparedArticle, articleID: Int64, db: Database) throws {
    let article = prepared.article
    let published = article.published?.timeIntervalSince1970
    for entity in prepared.entities {
      let row = try entityRowID(entity.id, kind: entity.kind, name: entity.variants, db: db)
      pendingMentions.append(
        PendingMention(
          entity: row, article: articleID, published: published, paragraph: entity.paragraph,
          range: entity.range))
      articleCountDeltas[row, default: 0] += 1
      for (variant, count) in entity.variants {
        variantDeltas[
          VariantKey(entity: row, variant: variant, kind: entity.kind), default: 0] += count
      }
      for (kind, count) in entity.kinds {
        kindDeltas[KindKey(entity: row, kind: kind), default: 0] += count
      }
    }
    let paragraphStatement = try BulkInsertStatement(
      db,
      sql: """
        INSERT INTO paragraphs(article_id, idx, kind, text, links, entities)
        VALUES (?, ?, ?, ?, ?, ?)
        """)
    for (index, paragraph) in article.paragraphs.enumerated() {
      let spans = EntitySpanCoding.encode(paragraph.entities) { self.entityRowIDs[$0] }
      paragraphStatement.bind(1, articleID)
      paragraphStatement.bind(2, Int64(index))
      paragraphStatement.bind(3, paragraph.kind.rawValue)
      paragraphStatement.bind(4, paragraph.text)
      paragraphStatement.bind(5, prepared.linksJSON[index])
      paragraphStatement.bind(6, spans)
      try paragraphStatement.run()
    }
    try db.cachedStatement(sql: "INSERT INTO article_fts(rowid, title, body) VALUES (?, ?, ?)")
      .execute(arguments: [articleID, prepared.fullTextTitle, prepared.fullTextBody])
  }

  /// Records that file `fileID` holds the stored article with this key as well, and replaces
  /// the stored text when this one differs (an edited version under the same identifier).
  private func recordHolding(_ prepared: PreparedArticle, fileID: Int64, db: Database) throws
    -> ArticleInsertion
  {
    guard
      let stored = try Row.fetchOne(
        db.cachedStatement(sql: "SELECT id, content_hash FROM articles WHERE key = ?"),
        arguments: [prepared.article.key.rawValue])
    else { return .repeated }
    let articleID: Int64 = stored[0]
    try db.cachedStatement(
      sql: "INSERT OR IGNORE INTO file_articles(file_id, article_id) VALUES (?, ?)"
    ).execute(arguments: [fileID, articleID])
    let newHolder = db.changesCount > 0
    guard (stored[1] as String?) != prepared.contentHash else {
      return newHolder ? .alreadyStored : .repeated
    }
    try deleteContent(of: articleID, from: db)
    let article = prepared.article
    try db.cachedStatement(
      sql: """
        UPDATE articles SET title = ?, source = ?, url = ?, author = ?, published = ?,
          file_id = ?, content_hash = ? WHERE id = ?
        """
    ).execute(arguments: [
      article.title, article.source, article.url, article.author,
      article.published?.timeIntervalSince1970, fileID, prepared.contentHash, articleID,
    ])
    try writeContent(prepared, articleID: articleID, db: db)
    return .updated(newHolder: newHolder)
  }

  /// Inserts the gathered mentions, in primary-key order.
  private func writeMentions(_ db: Database) throws {
    guard !pendingMentions.isEmpty else { return }
    pendingMentions.sort()
    let statement = try BulkInsertStatement(
      db,
      sql: """
        INSERT OR IGNORE INTO mentions(entity_rowid, article_id, published, paragraph, start, "end")
        VALUES (?, ?, ?, ?, ?, ?)
        """)
    for mention in pendingMentions {
      statement.bind(1, mention.entity)
      statement.bind(2, mention.article)
      statement.bind(3, mention.published)
      statement.bind(4, Int64(mention.paragraph))
      statement.bind(5, Int64(mention.range.start))
      statement.bind(6, Int64(mention.range.end))
      try statement.run()
    }
    pendingMentions.removeAll(keepingCapacity: true)
  }

  private func normalizedName(_ variant: String, kind: EntityKind) -> String {
    let key = NameKey(variant: variant, kind: kind)
    if let known = normalizedNames[key] { return known }
    let name = EntityLinker.normalizedName(variant, kind: kind)
    normalizedNames[key] = name
    return name
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
    try deleteContent(of: id, from: db)
    try db.cachedStatement(sql: "DELETE FROM articles WHERE id = ?").execute(arguments: [id])
  }

  /// Removes an article's paragraphs, mentions and full-text entry, and counts its entity
  /// mentions and spellings out.
  ///
  /// The article's entities are read from its paragraphs' spans (every linked span has its
  /// mention row, one per entity), and its mentions deleted by primary key: an article updated
  /// during a first full index is deleted while `mentions_by_article` is not there.
  private func deleteContent(of id: Int64, from db: Database) throws {
    try writeMentions(db)
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
    var entities = Set<Int64>()
    for paragraph in paragraphs {
      let spans = EntitySpanCoding.decode(paragraph[1])
      guard !spans.isEmpty else { continue }
      let slicer = ScalarSlicer(paragraph[0] as String)
      for span in spans {
        guard let row = span.entityRowID else { continue }
        entities.insert(row)
        let surface = slicer.text(span.range)
        variantDeltas[VariantKey(entity: row, variant: surface, kind: span.kind), default: 0] -= 1
        kindDeltas[KindKey(entity: row, kind: span.kind), default: 0] -= 1
      }
    }
    let mentionDelete = try db.cachedStatement(
      sql: "DELETE FROM mentions WHERE entity_rowid = ? AND article_id = ?")
    // The copies of a short name's mention under the entities it stands for (see
    // EntityAliasTable): a surname decided article by article may stand for several.
    let targetsOf = try db.cachedStatement(
      sql: "SELECT target_rowid FROM entity_aliases WHERE alias_rowid = ? AND chosen")
    let copyDelete = try db.cachedStatement(
      sql: "DELETE FROM mentions WHERE entity_rowid = ? AND article_id = ? AND via = ?")
    for row in entities {
      try mentionDelete.execute(arguments: [row, id])
      if db.changesCount > 0 { articleCountDeltas[row, default: 0] -= 1 }
      for target in try Int64.fetchAll(targetsOf, arguments: [row]) {
        try copyDelete.execute(arguments: [target, id, row])
        if db.changesCount > 0 { articleCountDeltas[target, default: 0] -= 1 }
      }
    }
    try db.cachedStatement(sql: "DELETE FROM paragraphs WHERE article_id = ?")
      .execute(arguments: [id])
  }

  /// Applies the gathered entity counts and spellings, and refreshes the display names of the
  /// entities that changed. Call before committing each batch.
  func flush(_ db: Database) throws {
    try writeMentions(db)
    let countStatement = try BulkInsertStatement(
      db,
      sql: "UPDATE entities SET article_count = article_count + ?, name_dirty = 1 WHERE rowid = ?")
    for (row, delta) in articleCountDeltas where delta != 0 {
      touchedEntities.insert(row)
      countStatement.bind(1, Int64(delta))
      countStatement.bind(2, row)
      try countStatement.run()
    }
    let variantStatement = try BulkInsertStatement(
      db,
      sql: """
        INSERT INTO entity_variants(entity_rowid, variant, normalized, count) VALUES (?, ?, ?, ?)
        ON CONFLICT(entity_rowid, variant) DO UPDATE SET count = count + excluded.count
        """)
    let pruneStatement = try db.cachedStatement(
      sql: "DELETE FROM entity_variants WHERE entity_rowid = ? AND variant = ? AND count <= 0")
    let dirtyStatement = try db.cachedStatement(
      sql: "UPDATE entities SET name_dirty = 1 WHERE rowid = ?")
    for (key, delta) in variantDeltas where delta != 0 {
      variantStatement.bind(1, key.entity)
      variantStatement.bind(2, key.variant)
      variantStatement.bind(3, normalizedName(key.variant, kind: key.kind))
      variantStatement.bind(4, Int64(delta))
      try variantStatement.run()
      if delta < 0 {
        try pruneStatement.execute(arguments: [key.entity, key.variant])
        try dirtyStatement.execute(arguments: [key.entity])
      }
    }
    let kindStatement = try BulkInsertStatement(
      db,
      sql: """
        INSERT INTO entity_kinds(entity_rowid, kind, count) VALUES (?, ?, ?)
        ON CONFLICT(entity_rowid, kind) DO UPDATE SET count = count + excluded.count
        """)
    for (key, delta) in kindDeltas where delta != 0 {
      kindStatement.bind(1, key.entity)
      kindStatement.bind(2, key.kind.rawValue)
      kindStatement.bind(3, Int64(delta))
      try kindStatement.run()
      try dirtyStatement.execute(arguments: [key.entity])
    }
    articleCountDeltas.removeAll(keepingCapacity: true)
    variantDeltas.removeAll(keepingCapacity: true)
    kindDeltas.removeAll(keepingCapacity: true)
    try Self.refreshDirtyEntities(db)
  }

  /// Removes entities no article mentions any more. Call at the end of a run.
  func removeUnusedEntities(_ db: Database) throws {
    try db.execute(
      sql: """
        DELETE FROM entity_variants
        WHERE entity_rowid IN (SELECT rowid FROM entities WHERE article_count <= 0);
        DELETE FROM entity_kinds
        WHERE entity_rowid IN (SELECT rowid FROM entities WHERE article_count <= 0);
        DELETE FROM entity_kinds WHERE count <= 0;
        DELETE FROM entities WHERE article_count <= 0;
        """)
    entityRowIDs.removeAll()
  }

  /// Forgets cached entity row IDs (after a rebuild or a failed transaction).
  func reset() {
    entityRowIDs.removeAll()
    pendingMentions.removeAll()
    articleCountDeltas.removeAll()
    variantDeltas.removeAll()
    kindDeltas.removeAll()
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
