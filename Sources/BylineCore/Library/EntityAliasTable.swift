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
/// The rules run over every entity at the end of an index run that changed something (and in
/// the version 5 upgrade), and only what changed is written: a short name whose decision is the
/// same keeps its rows and copies (copies are added for its new articles), one whose decision
/// changed has its old copies removed and new ones made. During a run, removing an article
/// removes its copies too (``IndexWriteSession``). Making every copy again each run would cost
/// seconds at 10,000 articles (33,000 copied rows on the generated corpus).
enum EntityAliasTable {
  /// What the table holds for one short name: the entities some of its articles were linked
  /// to, and every candidate.
  struct Stored: Equatable {
    var chosen: Set<Int64>
    var candidates: Set<Int64>

    init(chosen: Set<Int64>, candidates: Set<Int64>) {
      self.chosen = chosen
      self.candidates = candidates
    }

    init(_ decision: LibraryAliasRules.Decision) {
      switch decision {
      case .linked(let target, let others):
        self.init(chosen: [target], candidates: Set(others + [target]))
      case .ambiguous(let candidates):
        self.init(chosen: [], candidates: Set(candidates))
      }
    }
  }

  /// Runs the rules over the library and writes what changed. `touched` are the entities whose
  /// mentions changed during the run (their copies are brought up to date); `nil` for all.
  ///
  /// A surname with several candidates is decided article by article
  /// (``LibraryAliasRules/target(in:alias:candidates:libraryWide:period:)``), again only when
  /// it or one of its candidates was touched or its candidates changed.
  static func update(_ db: Database, touched: Set<Int64>?) throws {
    let entities = try entities(db)
    let decisions = LibraryAliasRules.decisions(for: entities, together: try together(db))
    let byKey = Dictionary(entities.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
    let old = try stored(db)
    for alias in Set(old.keys).union(decisions.keys).sorted() {
      let before = old[alias]
      let decision = decisions[alias]
      let after = decision.map(Stored.init)
      if let entity = byKey[alias], let after,
        LibraryAliasRules.isDecidedByPeriod(entity, candidates: after.candidates.count)
      {
        let stale =
          touched.map { touched in
            touched.contains(alias) || !touched.isDisjoint(with: after.candidates)
          } ?? true
        if before?.candidates != after.candidates || stale {
          try relink(
            alias, candidates: after.candidates.sorted(), libraryWide: decision, before: before,
            db)
        }
        continue
      }
      if before == after {
        if let target = after?.chosen.first, touched?.contains(alias) ?? true {
          try copyMentions(of: alias, to: target, db)
        }
        continue
      }
      if let before { try unlink(alias, before, db) }
      if let after { try link(alias, after, db) }
    }
  }

  /// The short names the table holds now.
  private static func stored(_ db: Database) throws -> [Int64: Stored] {
    var result: [Int64: Stored] = [:]
    for row in try Row.fetchAll(
      db, sql: "SELECT alias_rowid, target_rowid, chosen FROM entity_aliases")
    {
      let alias: Int64 = row[0]
      let target: Int64 = row[1]
      var entry = result[alias] ?? Stored(chosen: [], candidates: [])
      entry.candidates.insert(target)
      if row[2] as Bool { entry.chosen.insert(target) }
      result[alias] = entry
    }
    return result
  }

  /// Removes a short name's rows, and its copied mentions from the entities it stood for.
  static func unlink(_ alias: Int64, _ stored: Stored, _ db: Database) throws {
    for target in stored.chosen.sorted() {
      try db.cachedStatement(sql: "DELETE FROM mentions WHERE entity_rowid = ? AND via = ?")
        .execute(arguments: [target, alias])
      let removed = db.changesCount
      try db.cachedStatement(
        sql: "UPDATE entities SET article_count = article_count - ? WHERE rowid = ?"
      ).execute(arguments: [removed, target])
    }
    try db.cachedStatement(sql: "UPDATE entities SET alias_of = NULL WHERE rowid = ?")
      .execute(arguments: [alias])
    try db.cachedStatement(sql: "DELETE FROM entity_aliases WHERE alias_rowid = ?")
      .execute(arguments: [alias])
  }

  /// Records a short name's candidates and, when one is chosen, links it and copies its
  /// mentions.
  private static func link(_ alias: Int64, _ stored: Stored, _ db: Database) throws {
    try recordCandidates(alias, stored, db)
    guard let target = stored.chosen.first else { return }
    try db.cachedStatement(sql: "UPDATE entities SET alias_of = ? WHERE rowid = ?")
      .execute(arguments: [target, alias])
    try copyMentions(of: alias, to: target, db)
  }

  /// Writes a short name's `entity_aliases` rows.
  static func recordCandidates(_ alias: Int64, _ stored: Stored, _ db: Database) throws {
    let candidate = try db.cachedStatement(
      sql: "INSERT INTO entity_aliases(alias_rowid, target_rowid, chosen) VALUES (?, ?, ?)")
    for target in stored.candidates.sorted() {
      try candidate.execute(arguments: [alias, target, stored.chosen.contains(target)])
    }
  }

  /// Copies the short name's mention rows that are not copied yet under `target` (unless the
  /// article mentions `target` already), counting them in its article count.
  private static func copyMentions(of alias: Int64, to target: Int64, _ db: Database) throws {
    try db.cachedStatement(
      sql: """
        INSERT OR IGNORE INTO mentions(
          entity_rowid, article_id, published, paragraph, start, "end", via)
        SELECT ?, article_id, published, paragraph, start, "end", entity_rowid FROM mentions
        WHERE entity_rowid = ? AND via IS NULL
        """
    ).execute(arguments: [target, alias])
    let copied = db.changesCount
    guard copied > 0 else { return }
    try db.cachedStatement(
      sql: "UPDATE entities SET article_count = article_count + ? WHERE rowid = ?"
    ).execute(arguments: [copied, target])
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
}
