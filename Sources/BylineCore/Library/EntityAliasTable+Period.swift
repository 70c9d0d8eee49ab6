import GRDB

/// Surnames with several candidates, decided article by article among the articles of the same
/// period and topic (``LibraryAliasRules/target(in:alias:candidates:libraryWide:period:)``).
///
/// Each article that uses only the surname gets a copy of its mention under the person chosen
/// for it (none when it stays apart there); `entity_aliases` marks `chosen` every candidate some
/// article was linked to, and `entities.alias_of` is set when one person has nearly all its
/// articles (``LibraryAliasRules/wholeTarget(of:)``: its ID then opens that person's page, as
/// for a surname with one candidate). Otherwise the surname keeps its page, which lists all its
/// articles and names its candidates.
extension EntityAliasTable {
  /// An article's source, date and names, each read once per surname.
  private struct Contexts {
    var known: [Int64: LibraryAliasRules.ArticleContext] = [:]

    mutating func context(_ article: Int64, _ db: Database) throws
      -> LibraryAliasRules.ArticleContext
    {
      if let context = known[article] { return context }
      let row = try Row.fetchOne(
        db.cachedStatement(sql: "SELECT source, published FROM articles WHERE id = ?"),
        arguments: [article])
      let prefix = EntityKind.person.idPrefix
      let names = try Int64.fetchAll(
        db.cachedStatement(
          sql: """
            SELECT m.entity_rowid FROM mentions m JOIN entities e ON e.rowid = m.entity_rowid
            WHERE m.article_id = ? AND m.via IS NULL AND e.id >= ? AND e.id < ?
            """), arguments: [article, prefix + ":", prefix + ";"])
      let context = LibraryAliasRules.ArticleContext(
        published: row?[1], source: row?[0] ?? "", names: Set(names))
      known[article] = context
      return context
    }
  }

  /// One mention row: the article and its date.
  private struct Dated {
    var article: Int64
    var published: Double?
  }

  /// Decides every article of the surname `alias` again and writes what changed: copies moved,
  /// added or removed, the candidates' article counts, the `entity_aliases` rows and
  /// `alias_of`.
  static func relink(
    _ alias: Int64, candidates: [Int64], libraryWide: LibraryAliasRules.Decision?,
    before: Stored?, _ db: Database
  ) throws {
    let own = try dated(
      "SELECT article_id, published FROM mentions WHERE entity_rowid = ? AND via IS NULL",
      [alias], db)
    var old: [Int64: Int64] = [:]
    for target in (before?.chosen ?? []).sorted() {
      for article in try Int64.fetchAll(
        db.cachedStatement(
          sql: "SELECT article_id FROM mentions WHERE entity_rowid = ? AND via = ?"),
        arguments: [target, alias])
      {
        old[article] = target
      }
    }
    // Each candidate's articles, dated ones by date (a window is a binary search), undated
    // ones apart (they are of every period).
    var named: [(key: Int64, dated: [Dated], undated: [Dated])] = []
    for candidate in candidates {
      let rows = try dated(
        """
        SELECT article_id, published FROM mentions
        WHERE entity_rowid = ? AND via IS NULL ORDER BY published
        """, [candidate], db)
      named.append(
        (candidate, rows.filter { $0.published != nil }, rows.filter { $0.published == nil }))
    }
    var contexts = Contexts()
    var new: [Int64: Int64] = [:]
    for mention in own {
      let article = try contexts.context(mention.article, db)
      var nearby: [(key: Int64, articles: [LibraryAliasRules.ArticleContext])] = []
      for candidate in named {
        let inPeriod = Self.window(candidate.dated, around: mention.published) + candidate.undated
        nearby.append(
          (candidate.key, try inPeriod.map { try contexts.context($0.article, db) }))
      }
      if let target = LibraryAliasRules.target(
        in: article, alias: alias, candidates: nearby, libraryWide: libraryWide)
      {
        new[mention.article] = target
      }
    }
    try move(alias, from: old, to: new, db)
    try db.cachedStatement(sql: "DELETE FROM entity_aliases WHERE alias_rowid = ?")
      .execute(arguments: [alias])
    try recordCandidates(
      alias, Stored(chosen: Set(new.values), candidates: Set(candidates)), db)
    let whole = LibraryAliasRules.wholeTarget(of: own.map { new[$0.article] })
    try db.cachedStatement(sql: "UPDATE entities SET alias_of = ? WHERE rowid = ?")
      .execute(arguments: [whole, alias])
  }

  /// The rows published within ``LibraryAliasRules/period`` of `date` (all of them when there
  /// is no date); `rows` are sorted by date.
  private static func window(_ rows: [Dated], around date: Double?) -> [Dated] {
    guard let date else { return rows }
    let low = date - LibraryAliasRules.period
    let high = date + LibraryAliasRules.period
    var first = 0
    var last = rows.count
    while first < last {
      let middle = (first + last) / 2
      if (rows[middle].published ?? 0) < low { first = middle + 1 } else { last = middle }
    }
    var end = first
    while end < rows.count, (rows[end].published ?? 0) <= high { end += 1 }
    return Array(rows[first..<end])
  }

  /// Moves the copies of the surname's mentions from the old targets to the new ones, article
  /// by article, keeping article counts right (an article that names the target itself gets no
  /// copy).
  private static func move(
    _ alias: Int64, from old: [Int64: Int64], to new: [Int64: Int64], _ db: Database
  ) throws {
    let remove = try db.cachedStatement(
      sql: "DELETE FROM mentions WHERE entity_rowid = ? AND article_id = ? AND via = ?")
    let add = try db.cachedStatement(
      sql: """
        INSERT OR IGNORE INTO mentions(
          entity_rowid, article_id, published, paragraph, start, "end", via)
        SELECT ?, article_id, published, paragraph, start, "end", entity_rowid FROM mentions
        WHERE entity_rowid = ? AND article_id = ?
        """)
    let count = try db.cachedStatement(
      sql: "UPDATE entities SET article_count = article_count + ? WHERE rowid = ?")
    for article in Set(old.keys).union(new.keys).sorted() where old[article] != new[article] {
      if let target = old[article] {
        try remove.execute(arguments: [target, article, alias])
        if db.changesCount > 0 { try count.execute(arguments: [-1, target]) }
      }
      if let target = new[article] {
        try add.execute(arguments: [target, alias, article])
        if db.changesCount > 0 { try count.execute(arguments: [1, target]) }
      }
    }
  }

  private static func dated(_ sql: String, _ arguments: StatementArguments, _ db: Database)
    throws -> [Dated]
  {
    try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments).map {
      Dated(article: $0[0], published: $0[1])
    }
  }
}
