import Foundation
import GRDB

extension Library {
  /// The number of articles the filter shows.
  public func articleCount(matching filter: ArticleFilter) throws -> Int {
    try read { db in try Self.count(filter, db: db) }
  }

  /// One page of the list, in `order`; a filter with a query sorts by rank and fills in
  /// `snippet` and `titleMatches`.
  public func summaries(
    matching filter: ArticleFilter, order: ArticleOrder, offset: Int, limit: Int
  ) throws -> [ArticleSummary] {
    guard limit > 0 else { return [] }
    return try read { db in
      try Self.page(
        filter, order: order, offset: max(0, offset), limit: limit,
        exactRankingLimit: exactRankingLimit, db: db
      )
      .map(\.summary)
    }
  }

  /// The whole article with its entity spans linked, or `nil` when the key is unknown.
  public func article(for key: ArticleKey) throws -> Article? {
    try read { db in
      guard
        let row = try Row.fetchOne(
          db, sql: "SELECT id, title, source, url, author, published FROM articles WHERE key = ?",
          arguments: [key.rawValue])
      else { return nil }
      let id: Int64 = row[0]
      let rows = try Row.fetchAll(
        db,
        sql: "SELECT kind, text, links, entities FROM paragraphs WHERE article_id = ? ORDER BY idx",
        arguments: [id])
      var spansByParagraph: [[EntitySpanCoding.Span]] = []
      var rowIDs = Set<Int64>()
      for paragraph in rows {
        let spans = EntitySpanCoding.decode(paragraph[3])
        spans.forEach { if let row = $0.entityRowID { rowIDs.insert(row) } }
        spansByParagraph.append(spans)
      }
      var entityIDs: [Int64: String] = [:]
      if !rowIDs.isEmpty {
        let list = rowIDs.map(String.init).joined(separator: ",")
        for entity in try Row.fetchAll(
          db, sql: "SELECT rowid, id FROM entities WHERE rowid IN (\(list))")
        {
          entityIDs[entity[0]] = entity[1]
        }
      }
      let linksByParagraph = LinkCoding.decode(rows.map { $0[2] as String? })
      let paragraphs = zip(zip(rows, spansByParagraph), linksByParagraph).map {
        rowAndSpans, links in
        let (paragraph, spans) = rowAndSpans
        return Paragraph(
          text: paragraph[1], kind: ParagraphKind(rawValue: paragraph[0]) ?? .body,
          links: links,
          entities: spans.map {
            EntitySpan(
              range: $0.range, kind: $0.kind, entityID: $0.entityRowID.flatMap { entityIDs[$0] })
          })
      }
      return Article(
        key: key, title: row[1], source: row[2], url: row[3], author: row[4],
        published: (row[5] as Double?).map(Date.init(timeIntervalSince1970:)),
        paragraphs: paragraphs)
    }
  }

  /// The saved reading state of an article, or the default one.
  public func readingState(for key: ArticleKey) throws -> ReadingState {
    try read { db in
      guard
        let row = try Row.fetchOne(
          db,
          sql: "SELECT is_read, is_starred, last_paragraph FROM reading_state WHERE key = ?",
          arguments: [key.rawValue])
      else { return ReadingState() }
      return ReadingState(isRead: row[0], isStarred: row[1], lastParagraph: row[2])
    }
  }

  /// Saves the reading state of an article (kept even when the article leaves the library).
  public func setReadingState(_ state: ReadingState, for key: ArticleKey) throws {
    try write { db in
      try db.execute(
        sql: """
          INSERT INTO reading_state(key, is_read, is_starred, last_paragraph, updated)
          VALUES (?, ?, ?, ?, ?)
          ON CONFLICT(key) DO UPDATE SET is_read = excluded.is_read,
            is_starred = excluded.is_starred, last_paragraph = excluded.last_paragraph,
            updated = excluded.updated
          """,
        arguments: [
          key.rawValue, state.isRead, state.isStarred, state.lastParagraph,
          Date().timeIntervalSince1970,
        ])
    }
  }

  /// The article whose URL is exactly `url`.
  public func articleKey(forURL url: String) throws -> ArticleKey? {
    try read { db in
      try String.fetchOne(
        db, sql: "SELECT key FROM articles WHERE url = ? LIMIT 1", arguments: [url]
      )
      .map(ArticleKey.init(rawValue:))
    }
  }

  /// The row ID of the entity with this ID (of the fuller entity when the ID is a short name
  /// linked to one, see ``EntityAliasTable``), or `nil`.
  static func entityRowID(_ id: String?, db: Database) throws -> Int64? {
    guard let id else { return nil }
    return try Int64.fetchOne(
      db.cachedStatement(sql: "SELECT coalesce(alias_of, rowid) FROM entities WHERE id = ?"),
      arguments: [id])
  }

  /// Counts the articles `filter` shows. Without a query the count never walks the articles:
  /// it is the size of an index range (all articles, or one entity's mentions), less the few
  /// articles the reader has read, or the starred ones counted from the reading state.
  static func count(_ filter: ArticleFilter, db: Database) throws -> Int {
    let entityRowID = try entityRowID(filter.entityID, db: db)
    if filter.entityID != nil && entityRowID == nil { return 0 }
    if !filter.sourcePaths.isEmpty {
      if filter.query == nil && filter.entityID == nil && !filter.unreadOnly
        && !filter.starredOnly, let held = LibraryFilterSQL.heldArticles(filter.sourcePaths)
      {
        // The files' articles, counted without looking each one up.
        return try Int.fetchOne(
          db, sql: "SELECT count(DISTINCT fa.article_id)" + held.sql, arguments: held.arguments)
          ?? 0
      }
      guard let sql = LibraryFilterSQL(filter: filter, entityRowID: entityRowID) else {
        return 0
      }
      return try Int.fetchOne(
        db, sql: "SELECT count(*) " + sql.from + sql.conditions, arguments: sql.arguments) ?? 0
    }
    if let query = filter.query {
      guard let expression = FullTextQuery.expression(for: query) else { return 0 }
      if filter.entityID == nil && !filter.unreadOnly && !filter.starredOnly {
        return try Int.fetchOne(
          db, sql: "SELECT count(*) FROM article_fts WHERE article_fts MATCH ?",
          arguments: [expression]) ?? 0
      }
      guard let sql = LibraryFilterSQL(filter: filter, entityRowID: entityRowID) else {
        return 0
      }
      return try Int.fetchOne(
        db, sql: "SELECT count(*) " + sql.from + sql.conditions, arguments: sql.arguments) ?? 0
    }
    // Reading-state rows of articles in the library (and mentioning the entity).
    var stateSQL = "SELECT count(*) FROM reading_state r JOIN articles a ON a.key = r.key"
    var stateArguments = StatementArguments()
    if let entityRowID {
      stateSQL += " JOIN mentions m ON m.entity_rowid = ? AND m.article_id = a.id"
      stateArguments += [entityRowID]
    }
    // Kept rows count as unread (see `ArticleFilter.keptRead`).
    let kept = filter.keptRead.sorted().map(\.rawValue)
    let notKept =
      kept.isEmpty
      ? ""
      : " AND r.key NOT IN (" + Array(repeating: "?", count: kept.count).joined(separator: ", ")
        + ")"
    if filter.starredOnly {
      if filter.unreadOnly {
        stateSQL += " WHERE r.is_starred AND NOT (r.is_read" + notKept + ")"
        stateArguments += StatementArguments(kept)
      } else {
        stateSQL += " WHERE r.is_starred"
      }
      return try Int.fetchOne(db, sql: stateSQL, arguments: stateArguments) ?? 0
    }
    let all: Int
    if let entityRowID {
      all =
        try Int.fetchOne(
          db, sql: "SELECT count(*) FROM mentions WHERE entity_rowid = ?",
          arguments: [entityRowID]) ?? 0
    } else {
      all = try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") ?? 0
    }
    guard filter.unreadOnly else { return all }
    stateArguments += StatementArguments(kept)
    let read = try Int.fetchOne(
      db, sql: stateSQL + " WHERE r.is_read" + notKept, arguments: stateArguments)
    return all - (read ?? 0)
  }

  /// One page of results for `filter`.
  ///
  /// A query is ranked by BM25 over all its matches, unless it matches more than
  /// `exactRankingLimit` articles: then the articles with the words in their title come first,
  /// ranked, and the others follow newest first. Exact ranking of tens of thousands of matches
  /// costs more than a key press may (and tells little apart); this keeps every page fast.
  ///
  /// `matchCount` is the number of full-text matches of the query when the caller counted them
  /// already (``search(query:offset:limit:)``); they are counted here otherwise.
  static func page(
    _ filter: ArticleFilter, order: ArticleOrder, offset: Int, limit: Int,
    exactRankingLimit: Int, matchCount: Int? = nil, db: Database
  ) throws -> [SearchResults.Hit] {
    let entityRowID = try entityRowID(filter.entityID, db: db)
    guard let sql = LibraryFilterSQL(filter: filter, entityRowID: entityRowID) else { return [] }
    let expression = filter.query.flatMap(FullTextQuery.expression(for:))
    var rows: [Row]
    if let expression,
      try matchCount
        ?? Int.fetchOne(
          db, sql: "SELECT count(*) FROM article_fts WHERE article_fts MATCH ?",
          arguments: [expression]) ?? 0 > exactRankingLimit
    {
      rows = try titleFirstPage(
        filter, expression: expression, entityRowID: entityRowID, offset: offset, limit: limit,
        exactRankingLimit: exactRankingLimit, db: db)
    } else {
      var arguments = sql.arguments
      arguments += [limit, offset]
      rows = try Row.fetchAll(
        db,
        sql: "SELECT " + summaryColumns + " " + sql.pageFrom(order) + sql.conditions
          + sql.orderBy(order) + " LIMIT ? OFFSET ?", arguments: arguments)
    }
    // Snippets are made only for the rows of the page, not for every match being ranked, in
    // one pass over the match list (a prefix query is expanded once, not once per row).
    // Without a prefix term, each row is looked up on its own instead: FTS5 seeks to it in
    // the match list rather than walking every match between the smallest and largest row ID
    // (at 100,000 articles, a page of a common word's matches: a few hundred lookups against
    // 90,000 matches walked).
    var marked: [Int64: Row] = [:]
    if let expression, sql.isFullText, !rows.isEmpty {
      let ids = rows.map { $0[6] as Int64 }
      if FullTextQuery.terms(in: filter.query ?? "").contains(where: \.isPrefix) {
        let list = ids.map(String.init).joined(separator: ",")
        let markedRows = try Row.fetchAll(
          db, sql: SearchSnippet.sql(rowIDs: list), arguments: [expression, ids.min(), ids.max()])
        for row in markedRows { marked[row[0]] = row }
      } else {
        let statement = try db.cachedStatement(sql: SearchSnippet.sql(rowIDs: "?"))
        for id in ids {
          if let row = try Row.fetchOne(statement, arguments: [expression, id, id, id]) {
            marked[id] = row
          }
        }
      }
    }
    return rows.map { row in
      var summary = ArticleSummary(
        key: ArticleKey(rawValue: row[0]), title: row[1], source: row[2],
        published: (row[3] as Double?).map(Date.init(timeIntervalSince1970:)), isRead: row[4],
        isStarred: row[5])
      var snippetMatches: [TextRange] = []
      if let texts = marked[row[6] as Int64] {
        summary.titleMatches = MarkedText(texts[1] as String? ?? "").matches
        let snippet = MarkedText(SearchSnippet.markedSnippet(texts, query: filter.query ?? ""))
        summary.snippet = snippet.text
        snippetMatches = snippet.matches
      }
      return SearchResults.Hit(summary: summary, snippetMatches: snippetMatches)
    }
  }

  /// The list columns: key, title, source, published, read, starred, row ID.
  private static let summaryColumns =
    "a.key, a.title, a.source, a.published, coalesce(r.is_read, 0), coalesce(r.is_starred, 0)"
    + ", a.id"

  /// A page for a query with very many matches: title matches ranked (newest first when they
  /// are more than `exactRankingLimit` themselves), then the other matches newest first
  /// (walking the date index and testing membership in the match set).
  private static func titleFirstPage(
    _ filter: ArticleFilter, expression: String, entityRowID: Int64?, offset: Int, limit: Int,
    exactRankingLimit: Int, db: Database
  ) throws -> [Row] {
    let titleExpression = "title : (" + expression + ")"
    guard
      let titles = LibraryFilterSQL(
        filter: filter, entityRowID: entityRowID, expression: titleExpression)
    else { return [] }
    var arguments = titles.arguments
    arguments += [limit, offset]
    // Title matches beyond the exact ranking limit themselves (a word in a third of 100,000
    // titles: 90 ms to rank them all) are listed newest first too.
    let manyTitles =
      try Int.fetchOne(
        db,
        sql: "SELECT count(*) FROM (SELECT 1 FROM article_fts WHERE article_fts MATCH ? LIMIT ?)",
        arguments: [titleExpression, exactRankingLimit + 1]) ?? 0 > exactRankingLimit
    var rows: [Row]
    if manyTitles {
      rows = try newestFirst(
        filter, expression: titleExpression, excluding: nil, entityRowID: entityRowID,
        offset: offset, limit: limit, db: db)
    } else {
      rows = try Row.fetchAll(
        db,
        sql: "SELECT " + summaryColumns + " " + titles.from + titles.conditions
          + titles.orderBy(.date) + " LIMIT ? OFFSET ?", arguments: arguments)
    }
    guard rows.count < limit else { return rows }
    let titleCount =
      try Int.fetchOne(
        db, sql: "SELECT count(*) " + titles.from + titles.conditions,
        arguments: titles.arguments) ?? 0
    rows += try newestFirst(
      filter, expression: expression, excluding: titleExpression, entityRowID: entityRowID,
      offset: max(0, offset - titleCount), limit: limit - rows.count, db: db)
    return rows
  }

  /// A page of the articles matching `expression` (and not `excluding`) and the filter, newest
  /// first: a walk of the date index testing membership in the match set, which stops after
  /// the page's rows.
  private static func newestFirst(
    _ filter: ArticleFilter, expression: String, excluding: String?, entityRowID: Int64?,
    offset: Int, limit: Int, db: Database
  ) throws -> [Row] {
    var conditions = ["a.id IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)"]
    var restArguments: StatementArguments = [expression]
    if let excluding {
      conditions.append("a.id NOT IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)")
      restArguments += [excluding]
    }
    if let entityRowID {
      conditions.append("a.id IN (SELECT article_id FROM mentions WHERE entity_rowid = ?)")
      restArguments += [entityRowID]
    }
    if let unread = LibraryFilterSQL.unreadCondition(filter) {
      conditions.append(unread.sql)
      restArguments += unread.arguments
    }
    if filter.starredOnly { conditions.append("r.is_starred = 1") }
    if let sources = LibraryFilterSQL.sourceCondition(filter.sourcePaths) {
      conditions.append(sources.sql)
      restArguments += sources.arguments
    }
    restArguments += [limit, offset]
    return try Row.fetchAll(
      db,
      sql: "SELECT " + summaryColumns
        + " FROM articles a INDEXED BY articles_by_date LEFT JOIN reading_state r ON r.key = a.key"
        + " WHERE " + conditions.joined(separator: " AND ")
        + " ORDER BY a.published DESC, a.title, a.key LIMIT ? OFFSET ?", arguments: restArguments)
  }
}
