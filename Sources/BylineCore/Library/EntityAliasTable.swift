import GRDB

/// Applies ``LibraryAliasRules`` to the library: which short names (a surname alone, an
/// acronym) stand for which fuller entity, and the copies of their mentions that put their
/// articles on the fuller entity's page.
///
/// - `entity_aliases` holds, for every short name with candidates, each candidate and whether
///   it was chosen (`chosen = 1`, at most one per short name); `entities.alias_of` is the chosen
///   one.
/// - A linked short name's mention rows are copied under the fuller entity with `via` set to
///   the short name's row (unless the article mentions the fuller entity already), and counted
///   in its `article_count`: pages, counts, related entities and the article list of the
///   fuller entity then read `mentions` as they always do.
///
/// Everything is recomputed at the end of an index run that changed something (and by the
/// version 5 upgrade): the copies are removed, the rules run over every entity, the copies are
/// made again. During a run, removing an article removes its copies too
/// (``IndexWriteSession``).
enum EntityAliasTable {
  /// Removes every alias and copy, then links again from the library as it is now.
  static func refresh(_ db: Database) throws {
    try clear(db)
    try apply(LibraryAliasRules.decisions(for: entities(db), together: together(db)), db)
  }

  /// Removes every alias and every copied mention, taking the copies out of the counts.
  static func clear(_ db: Database) throws {
    try db.execute(
      sql: """
        UPDATE entities SET article_count = article_count - (
          SELECT count(*) FROM mentions m WHERE m.entity_rowid = entities.rowid AND m.via IS NOT NULL)
        WHERE rowid IN (SELECT target_rowid FROM entity_aliases WHERE chosen);
        DELETE FROM mentions WHERE entity_rowid IN (
          SELECT target_rowid FROM entity_aliases WHERE chosen) AND via IS NOT NULL;
        UPDATE entities SET alias_of = NULL WHERE alias_of IS NOT NULL;
        DELETE FROM entity_aliases;
        """)
  }

  /// Every entity with a name, as the rules see it.
  private static func entities(_ db: Database) throws -> [LibraryAliasRules.Entity] {
    let prefix = EntityKind.person.idPrefix + ":"
    return try Row.fetchAll(
      db,
      sql: """
        SELECT rowid, id, name, kind, article_count FROM entities
        WHERE article_count > 0 AND id >= ? AND id < ?
        """, arguments: [prefix, EntityKind.person.idPrefix + ";"]
    ).compactMap { row -> LibraryAliasRules.Entity? in
      let id: String = row[1]
      guard let kind = EntityKind(rawValue: row[3]) else { return nil }
      let tokens = id.dropFirst(prefix.count).split(separator: "-").map(String.init)
      return LibraryAliasRules.Entity(
        key: row[0], tokens: tokens, kind: kind, articleCount: row[4],
        looksLikeAcronym: EntityNameNormalizer.looksLikeAcronym(row[2]))
    }
  }

  /// One-word spellings (2–6 letters, what an acronym may be) the library shows under
  /// entities of several words.
  private static func together(_ db: Database) throws -> [LibraryAliasRules.Together] {
    try Row.fetchAll(
      db,
      sql: """
        SELECT entity_rowid, normalized, sum(count) FROM entity_variants
        WHERE length(normalized) BETWEEN 2 AND 6 AND instr(normalized, ' ') = 0 AND count > 0
        GROUP BY entity_rowid, normalized
        """
    ).map { LibraryAliasRules.Together(full: $0[0], shortName: $0[1], count: $0[2]) }
  }

  /// Records the decisions and copies the linked short names' mentions.
  private static func apply(_ decisions: [Int64: LibraryAliasRules.Decision], _ db: Database)
    throws
  {
    let candidate = try db.makeStatement(
      sql: "INSERT INTO entity_aliases(alias_rowid, target_rowid, chosen) VALUES (?, ?, ?)")
    let link = try db.makeStatement(sql: "UPDATE entities SET alias_of = ? WHERE rowid = ?")
    let copy = try db.makeStatement(
      sql: """
        INSERT OR IGNORE INTO mentions(entity_rowid, article_id, published, paragraph, start, "end", via)
        SELECT ?, article_id, published, paragraph, start, "end", entity_rowid FROM mentions
        WHERE entity_rowid = ? AND via IS NULL
        """)
    let count = try db.makeStatement(
      sql: "UPDATE entities SET article_count = article_count + ? WHERE rowid = ?")
    for (alias, decision) in decisions.sorted(by: { $0.key < $1.key }) {
      switch decision {
      case .linked(let target, let others):
        try candidate.execute(arguments: [alias, target, true])
        for other in others { try candidate.execute(arguments: [alias, other, false]) }
        try link.execute(arguments: [target, alias])
        try copy.execute(arguments: [target, alias])
        try count.execute(arguments: [db.changesCount, target])
      case .ambiguous(let candidates):
        for other in candidates { try candidate.execute(arguments: [alias, other, false]) }
      }
    }
  }
}
