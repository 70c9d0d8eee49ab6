import GRDB

extension LibrarySchema {
  /// Version 5: one entity per name, its kind decided over the library, and surnames and
  /// acronyms linked across articles (issue 14).
  ///
  /// - `entity_kinds` counts, per entity, the mentions the tagger gave each kind;
  ///   `entities.kind` is the most counted one (``IndexWriteSession``).
  /// - `entity_aliases`, `entities.alias_of` and `mentions.via` record which short names stand
  ///   for which fuller entity (``EntityAliasTable``).
  ///
  /// The upgrade, in place (reading state, sources and articles are not touched):
  /// - relative dates ("Monday", "this year": ``RelativeDate``) are no longer entities: their
  ///   rows go and their spans stay, unlinked;
  /// - every entity of a name kind gets its new ID, `name:` and its normalised name
  ///   (`person:arsenal` and `organization:arsenal` are both `name:arsenal`); entities that now
  ///   share an ID are merged into the oldest: spellings added up, one mention row per article
  ///   (the earliest in the article), and the paragraphs' spans pointed at the merged entity;
  /// - `entity_kinds` is counted from the paragraphs' spans, article counts from `mentions`,
  ///   display names and kinds are refreshed, and aliases are linked.
  static func migrateToVersion5(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE entity_kinds (
          entity_rowid INTEGER NOT NULL,
          kind TEXT NOT NULL,
          count INTEGER NOT NULL,
          PRIMARY KEY (entity_rowid, kind)
        ) WITHOUT ROWID;
        CREATE TABLE entity_aliases (
          alias_rowid INTEGER NOT NULL,
          target_rowid INTEGER NOT NULL,
          chosen INTEGER NOT NULL,
          PRIMARY KEY (alias_rowid, target_rowid)
        ) WITHOUT ROWID;
        CREATE INDEX entity_aliases_by_target ON entity_aliases(target_rowid);
        ALTER TABLE entities ADD COLUMN alias_of INTEGER;
        ALTER TABLE mentions ADD COLUMN via INTEGER;
        """)
    let merged = try mergeNameEntities(db)
    let relative = try removeRelativeDates(db)
    if !merged.isEmpty || !relative.isEmpty { try repointSpans(merged, unlinking: relative, db) }
    try countKinds(db)
    try db.execute(
      sql: """
        UPDATE entities SET name_dirty = 1, article_count = (
          SELECT count(*) FROM mentions m WHERE m.entity_rowid = entities.rowid);
        """)
    try IndexWriteSession.refreshDirtyEntities(db)
    try EntityAliasTable.update(db, touched: nil)
  }

  /// Gives every name entity its version 5 ID and merges those that share one; returns the
  /// merged rows, each mapped to the row it was merged into.
  private static func mergeNameEntities(_ db: Database) throws -> [Int64: Int64] {
    var groups: [String: [(row: Int64, id: String)]] = [:]
    for row in try Row.fetchAll(db, sql: "SELECT rowid, id, kind FROM entities ORDER BY rowid") {
      let id: String = row[1]
      guard let kind = EntityKind(rawValue: row[2]), kind.isName,
        let colon = id.firstIndex(of: ":")
      else { continue }
      let newID = kind.idPrefix + id[colon...]
      groups[newID, default: []].append((row[0], id))
    }
    var merged: [Int64: Int64] = [:]
    let mentions = try db.makeStatement(
      sql: """
        INSERT INTO mentions(entity_rowid, article_id, published, paragraph, start, "end")
        SELECT ?, article_id, published, paragraph, start, "end" FROM mentions
        WHERE entity_rowid = ?
        ON CONFLICT(entity_rowid, article_id) DO UPDATE SET
          paragraph = excluded.paragraph, start = excluded.start, "end" = excluded."end"
        WHERE excluded.paragraph < mentions.paragraph
          OR (excluded.paragraph = mentions.paragraph AND excluded.start < mentions.start)
        """)
    let variants = try db.makeStatement(
      sql: """
        INSERT INTO entity_variants(entity_rowid, variant, normalized, count)
        SELECT ?, variant, normalized, count FROM entity_variants WHERE entity_rowid = ?
        ON CONFLICT(entity_rowid, variant) DO UPDATE SET count = count + excluded.count
        """)
    let removals = try [
      "DELETE FROM mentions WHERE entity_rowid = ?",
      "DELETE FROM entity_variants WHERE entity_rowid = ?",
      "DELETE FROM entities WHERE rowid = ?",
    ].map { try db.makeStatement(sql: $0) }
    let rename = try db.makeStatement(sql: "UPDATE entities SET id = ? WHERE rowid = ?")
    for (newID, members) in groups.sorted(by: { $0.key < $1.key }) {
      guard let survivor = members.first else { continue }
      for member in members.dropFirst() {
        try mentions.execute(arguments: [survivor.row, member.row])
        try variants.execute(arguments: [survivor.row, member.row])
        for removal in removals { try removal.execute(arguments: [member.row]) }
        merged[member.row] = survivor.row
      }
      if survivor.id != newID { try rename.execute(arguments: [newID, survivor.row]) }
    }
    return merged
  }

  /// Removes the entities that are relative dates; returns their rows.
  private static func removeRelativeDates(_ db: Database) throws -> Set<Int64> {
    var removed = Set<Int64>()
    let removals = try [
      "DELETE FROM mentions WHERE entity_rowid = ?",
      "DELETE FROM entity_variants WHERE entity_rowid = ?",
      "DELETE FROM entities WHERE rowid = ?",
    ].map { try db.makeStatement(sql: $0) }
    for row in try Row.fetchAll(
      db, sql: "SELECT rowid, name FROM entities WHERE kind = ?",
      arguments: [EntityKind.date.rawValue])
    where RelativeDate.isRelative(row[1]) {
      let rowID: Int64 = row[0]
      for removal in removals { try removal.execute(arguments: [rowID]) }
      removed.insert(rowID)
    }
    return removed
  }

  /// Points the spans of every paragraph at the merged entities' rows, and unlinks the spans of
  /// the removed ones.
  private static func repointSpans(
    _ merged: [Int64: Int64], unlinking removed: Set<Int64>, _ db: Database
  ) throws {
    let update = try db.makeStatement(
      sql: "UPDATE paragraphs SET entities = ? WHERE article_id = ? AND idx = ?")
    let rows = try Row.fetchAll(
      db, sql: "SELECT article_id, idx, entities FROM paragraphs WHERE entities IS NOT NULL")
    for row in rows {
      var spans = EntitySpanCoding.decode(row[2])
      var changed = false
      for index in spans.indices {
        guard let old = spans[index].entityRowID else { continue }
        if let new = merged[old] {
          spans[index].entityRowID = new
          changed = true
        } else if removed.contains(old) {
          spans[index].entityRowID = nil
          changed = true
        }
      }
      if changed {
        try update.execute(arguments: [EntitySpanCoding.encode(spans), row[0], row[1]])
      }
    }
  }

  /// Fills `entity_kinds` from the paragraphs' spans.
  private static func countKinds(_ db: Database) throws {
    var counts: [Int64: [EntityKind: Int]] = [:]
    let rows = try String.fetchCursor(
      db, sql: "SELECT entities FROM paragraphs WHERE entities IS NOT NULL")
    while let text = try rows.next() {
      for span in EntitySpanCoding.decode(text) {
        guard let row = span.entityRowID else { continue }
        counts[row, default: [:]][span.kind, default: 0] += 1
      }
    }
    let insert = try db.makeStatement(
      sql: "INSERT INTO entity_kinds(entity_rowid, kind, count) VALUES (?, ?, ?)")
    for (row, kinds) in counts {
      for (kind, count) in kinds {
        try insert.execute(arguments: [row, kind.rawValue, count])
      }
    }
  }
}
