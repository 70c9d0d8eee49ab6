import Foundation
import GRDB

extension Library {
  /// How many of the newest articles mentioning an entity are searched for related entities.
  ///
  /// Counting co-occurrences over every article would cost time in proportion to the entity's
  /// frequency ("United States" may be in 40% of the library); over the newest 500 articles it
  /// is a bounded, indexed query (about 10 ms however large the library), exact for every
  /// entity mentioned in at most 500 articles, and biased towards recent news otherwise —
  /// which is what the entity page is for.
  public static let relatedSampleSize = 500

  /// The entity page: the entity, its spellings, its newest mentions (each with a one-line
  /// snippet around the first mention in the article) and the entities seen most often with it.
  ///
  /// The ID of a short name linked to a fuller entity ("Mr Blair" → Tony Blair, see
  /// ``EntityAliasTable``) gives the fuller entity's page, which also lists the articles that
  /// use only the short name, and shows the short name's spellings among its own.
  public func entityDetails(
    id: String, mentionLimit: Int, relatedLimit: Int
  ) throws -> EntityDetails? {
    try read { db in
      guard
        let row = try Row.fetchOne(
          db,
          sql: """
            SELECT e.rowid, e.id, e.name, e.kind, e.article_count FROM entities e
            WHERE e.rowid = (SELECT coalesce(x.alias_of, x.rowid) FROM entities x WHERE x.id = ?)
              AND e.article_count > 0
            """, arguments: [id])
      else { return nil }
      let rowID: Int64 = row[0]
      let entity = Self.record(row)
      let variants = try String.fetchAll(
        db,
        sql: """
          SELECT variant FROM entity_variants
          WHERE count > 0 AND (entity_rowid = ?1 OR entity_rowid IN (
            SELECT alias_rowid FROM entity_aliases WHERE target_rowid = ?1 AND chosen))
          GROUP BY variant ORDER BY sum(count) DESC, variant
          """, arguments: [rowID])
      var mentions: [EntityMention] = []
      if mentionLimit > 0 {
        let rows = try Row.fetchAll(
          db,
          sql: """
            SELECT a.key, a.title, a.published, m.paragraph, m.start, m."end", p.text
            FROM mentions m
            JOIN articles a ON a.id = m.article_id
            LEFT JOIN paragraphs p ON p.article_id = m.article_id AND p.idx = m.paragraph
            WHERE m.entity_rowid = ?
            ORDER BY m.published DESC, a.title, a.key
            LIMIT ?
            """, arguments: [rowID, mentionLimit])
        mentions = rows.map { row in
          let range = TextRange(start: row[4], end: row[5])
          let text: String = row[6] ?? ""
          return EntityMention(
            articleKey: ArticleKey(rawValue: row[0]), title: row[1],
            published: (row[2] as Double?).map(Date.init(timeIntervalSince1970:)),
            paragraphIndex: row[3], range: range, snippet: text.snippet(around: range, width: 60))
        }
      }
      var related: [RelatedEntity] = []
      if relatedLimit > 0 {
        let unrelated = EntityKind.allCases.filter { !$0.isListedAsRelated }
          .map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let rows = try Row.fetchAll(
          db,
          sql: """
            WITH sample AS (
              SELECT article_id FROM mentions WHERE entity_rowid = ?1
              ORDER BY published DESC LIMIT ?2)
            SELECT e.rowid, e.id, e.name, e.kind, e.article_count, count(*) AS shared
            FROM sample s
            JOIN mentions o ON o.article_id = s.article_id
            JOIN entities e ON e.rowid = o.entity_rowid
            WHERE o.entity_rowid != ?1 AND e.alias_of IS NULL AND e.kind NOT IN (\(unrelated))
              AND o.entity_rowid NOT IN (
                SELECT alias_rowid FROM entity_aliases WHERE target_rowid = ?1 AND chosen)
            GROUP BY o.entity_rowid
            ORDER BY shared DESC, e.article_count DESC, e.id
            LIMIT ?3
            """, arguments: [rowID, Self.relatedSampleSize, relatedLimit])
        related = rows.map { RelatedEntity(entity: Self.record($0), sharedArticles: $0[5]) }
      }
      return EntityDetails(
        entity: entity, variants: variants, mentions: mentions, related: related,
        acronym: try Self.acronym(of: rowID, kind: entity.kind, variants: variants, db: db),
        aliasNotes: try Self.aliasNotes(of: rowID, db: db),
        kindCounts: try Self.kindCounts(of: rowID, db: db))
    }
  }

  /// The acronym shown with an organisation, place or other name of several words: a linked
  /// short name written like an acronym, or such a spelling of its own (most used first).
  private static func acronym(of rowID: Int64, kind: EntityKind, variants: [String], db: Database)
    throws -> String?
  {
    guard kind != .person else { return nil }
    let aliases = try String.fetchAll(
      db,
      sql: """
        SELECT e.name FROM entity_aliases a JOIN entities e ON e.rowid = a.alias_rowid
        WHERE a.target_rowid = ? AND a.chosen ORDER BY e.article_count DESC, e.name
        """, arguments: [rowID])
    return (aliases + variants).first { candidate in
      EntityNameNormalizer.looksLikeAcronym(candidate)
        && !candidate.contains(" ")
    }
  }

  /// How many mentions of the entity, and of the short names linked to it, the tagger gave each
  /// kind.
  private static func kindCounts(of rowID: Int64, db: Database) throws -> [EntityKind: Int] {
    var counts: [EntityKind: Int] = [:]
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT kind, sum(count) FROM entity_kinds
        WHERE count > 0 AND (entity_rowid = ?1 OR entity_rowid IN (
          SELECT alias_rowid FROM entity_aliases WHERE target_rowid = ?1 AND chosen))
        GROUP BY kind
        """, arguments: [rowID])
    {
      if let kind = EntityKind(rawValue: row[0]) { counts[kind] = row[1] }
    }
    return counts
  }

  /// The notes for the short names that may stand for this entity or for others ("Blair: also
  /// Cherie Blair"): for each short name linked here (in some of its articles at least), the
  /// other candidates; for this entity when it is a short name the library left apart (in some
  /// of its articles at least), every candidate.
  private static func aliasNotes(of rowID: Int64, db: Database) throws -> [EntityAliasNote] {
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT s.name, c.rowid, c.id, c.name, c.kind, c.article_count, s.kind
        FROM entity_aliases mine
        JOIN entities s ON s.rowid = mine.alias_rowid
        JOIN entity_aliases other ON other.alias_rowid = mine.alias_rowid
          AND other.target_rowid != ?1
        JOIN entities c ON c.rowid = other.target_rowid
        WHERE mine.target_rowid = ?1 AND mine.chosen
        UNION ALL
        SELECT s.name, c.rowid, c.id, c.name, c.kind, c.article_count, s.kind
        FROM entity_aliases a
        JOIN entities s ON s.rowid = a.alias_rowid
        JOIN entities c ON c.rowid = a.target_rowid
        WHERE a.alias_rowid = ?1 AND s.alias_of IS NULL
        """, arguments: [rowID])
    var notes: [EntityAliasNote] = []
    for row in rows {
      // A surname is shown without the title it was written with: "Blair", not "Mr Blair".
      let written: String = row[0]
      let name =
        (row[6] as String) == EntityKind.person.rawValue
        ? written.split(separator: " ").last.map(String.init) ?? written : written
      let other = EntityRecord(
        id: row[2], name: row[3], kind: EntityKind(rawValue: row[4]) ?? .misc,
        articleCount: row[5])
      if let index = notes.firstIndex(where: { $0.name == name }) {
        notes[index].others.append(other)
      } else {
        notes.append(EntityAliasNote(name: name, others: [other]))
      }
    }
    for index in notes.indices {
      notes[index].others.sort(by: Self.mostMentionedFirst)
    }
    return notes
  }

  /// Entities with a spelling that matches `name` after normalisation (the linker's
  /// `EntityLinker.normalizedName`: case, diacritics, possessive, punctuation, titles and
  /// well-known variants folded), most mentioned first.
  public func entities(named name: String, limit: Int) throws -> [EntityRecord] {
    let forms = Set(
      EntityKind.allCases.map { EntityLinker.normalizedName(name, kind: $0) }
    ).filter { !$0.isEmpty }.sorted()
    guard !forms.isEmpty, limit > 0 else { return [] }
    let marks = Array(repeating: "?", count: forms.count).joined(separator: ", ")
    var arguments = StatementArguments(forms)
    arguments += [limit]
    return try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT e.rowid, e.id, e.name, e.kind, e.article_count FROM entities e
          WHERE e.article_count > 0 AND e.rowid IN (
            SELECT coalesce(x.alias_of, x.rowid) FROM entities x WHERE x.rowid IN (
              SELECT entity_rowid FROM entity_variants WHERE normalized IN (\(marks)) AND count > 0))
          ORDER BY e.article_count DESC, e.id
          LIMIT ?
          """, arguments: arguments
      ).map(Self.record)
    }
  }

  /// The most mentioned entities, optionally of one kind.
  public func topEntities(kind: EntityKind? = nil, limit: Int) throws(LibraryError)
    -> [EntityRecord]
  {
    try read { db in
      var sql = """
        SELECT rowid, id, name, kind, article_count FROM entities
        WHERE article_count > 0 AND alias_of IS NULL
        """
      var arguments = StatementArguments()
      if let kind {
        sql += " AND kind = ?"
        arguments += [kind.rawValue]
      }
      sql += " ORDER BY article_count DESC, id LIMIT ?"
      arguments += [limit]
      return try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.record)
    }
  }

  /// Whether `a` comes before `b` in a list of entities: more articles first, then by ID.
  private static func mostMentionedFirst(_ a: EntityRecord, _ b: EntityRecord) -> Bool {
    if a.articleCount != b.articleCount { return a.articleCount > b.articleCount }
    return a.id < b.id
  }

  /// An entity record from a row of (rowid, id, name, kind, article_count).
  static func record(_ row: Row) -> EntityRecord {
    EntityRecord(
      id: row[1], name: row[2], kind: EntityKind(rawValue: row[3]) ?? .misc,
      articleCount: row[4])
  }
}
