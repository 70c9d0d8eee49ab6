import GRDB

/// The FROM and WHERE parts of a list query for one ``ArticleFilter``.
///
/// The driving table is chosen so that each filter is an index range scan: `mentions` (by
/// entity, newest first) for an entity, the full-text index for a query, `articles` (by date or
/// source) otherwise. Reading state is joined by key.
struct LibraryFilterSQL {
  /// The tables, starting with `FROM`.
  var from: String
  /// The conditions, starting with ` WHERE` (or empty).
  var conditions: String
  /// The values for the `?` placeholders, in order.
  var arguments: StatementArguments
  /// Whether the query joins the full-text index (and can rank and make snippets).
  var isFullText: Bool
  /// The date column that sorts newest first using the driving table's index.
  var dateColumn: String
  /// Whether `articles` drives the query under a source filter (see ``pageFrom(_:)``).
  private var walksArticlesForSources = false

  /// Builds the SQL for `filter`; `nil` when the filter can match nothing (an unknown entity, a
  /// query with no words).
  init?(filter: ArticleFilter, entityRowID: Int64?, expression override: String? = nil) {
    var from = "FROM articles a"
    var conditions: [String] = []
    var arguments = StatementArguments()
    dateColumn = "a.published"
    isFullText = false
    if let query = filter.query {
      guard let expression = override ?? FullTextQuery.expression(for: query) else { return nil }
      from = "FROM article_fts JOIN articles a ON a.id = article_fts.rowid"
      conditions.append("article_fts MATCH ?")
      arguments += [expression]
      isFullText = true
      if filter.entityID != nil {
        guard let entityRowID else { return nil }
        conditions.append(
          "a.id IN (SELECT article_id FROM mentions WHERE entity_rowid = ?)")
        arguments += [entityRowID]
      }
    } else if filter.entityID != nil {
      guard let entityRowID else { return nil }
      from = "FROM mentions m JOIN articles a ON a.id = m.article_id"
      conditions.append("m.entity_rowid = ?")
      arguments += [entityRowID]
      dateColumn = "m.published"
    }
    if let sources = Self.sourceCondition(filter.sourcePaths) {
      conditions.append(sources.sql)
      arguments += sources.arguments
      walksArticlesForSources = from == "FROM articles a"
    }
    from += " LEFT JOIN reading_state r ON r.key = a.key"
    if let unread = Self.unreadCondition(filter) {
      conditions.append(unread.sql)
      arguments += unread.arguments
    }
    if filter.starredOnly { conditions.append("r.is_starred = 1") }
    self.from = from
    self.conditions = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
    self.arguments = arguments
  }

  /// The condition of the unread filter (unread, or kept in the list although read: see
  /// ``ArticleFilter/keptRead``), on the reading state joined as `r` and the article as `a`;
  /// `nil` without the unread filter.
  static func unreadCondition(_ filter: ArticleFilter) -> (
    sql: String, arguments: StatementArguments
  )? {
    guard filter.unreadOnly else { return nil }
    guard !filter.keptRead.isEmpty else { return ("coalesce(r.is_read, 0) = 0", []) }
    let keys = filter.keptRead.sorted().map(\.rawValue)
    let marks = Array(repeating: "?", count: keys.count).joined(separator: ", ")
    return ("(coalesce(r.is_read, 0) = 0 OR a.key IN (\(marks)))", StatementArguments(keys))
  }

  /// The condition for articles read from `paths` (files, or files under folders): articles
  /// held by such a file (see ``heldArticles(_:)``); `nil` for no paths.
  static func sourceCondition(_ paths: [String]) -> (sql: String, arguments: StatementArguments)? {
    guard let held = heldArticles(paths) else { return nil }
    return ("a.id IN (SELECT fa.article_id" + held.sql + ")", held.arguments)
  }

  /// The FROM and WHERE parts (from ` FROM`) selecting `fa.article_id` for every article held by
  /// a file at one of `paths` or under it (a web address: its own row only), by index range scans of `files.path` and then of
  /// `file_articles` by file (an article in several files is found under each of them); `nil`
  /// for no paths.
  static func heldArticles(_ paths: [String]) -> (sql: String, arguments: StatementArguments)? {
    guard !paths.isEmpty else { return nil }
    var parts: [String] = []
    var arguments = StatementArguments()
    for path in paths {
      // A web source's items are held by one row named by its address: that row only (an
      // address is not a folder; `…/feed` must not take in `…/feed/comments`).
      if path.contains("://") {
        parts.append("f.path = ?")
        arguments += [path]
        continue
      }
      var folder = path
      while folder.count > 1 && folder.hasSuffix("/") { folder.removeLast() }
      // Under the folder: from "folder/" up to (not including) "folder0" ("0" follows "/").
      parts.append("f.path = ? OR (f.path >= ? AND f.path < ?)")
      arguments += [folder, folder + "/", folder + "0"]
    }
    let sql =
      " FROM files f JOIN file_articles fa ON fa.file_id = f.id WHERE "
      + parts.joined(separator: " OR ")
    return (sql, arguments)
  }

  /// The FROM part for a page in `order`. Under a source filter (with no query or entity) the
  /// articles are walked in the order's index, each tested against the set of articles the
  /// filter's files hold, so a page stops after its rows instead of looking up and sorting every
  /// article of the folder (at 100,000 articles, a folder holding all of them: 45 ms for the
  /// first page instead of 175 ms; a small folder of old articles, the worst case: under 30 ms).
  func pageFrom(_ order: ArticleOrder) -> String {
    guard walksArticlesForSources else { return from }
    let index = order == .date ? "articles_by_date" : "articles_by_source"
    return "FROM articles a INDEXED BY \(index) LEFT JOIN reading_state r ON r.key = a.key"
  }

  /// The ORDER BY clause for `order` (rank for full-text queries).
  func orderBy(_ order: ArticleOrder) -> String {
    // Rank alone, so that FTS5 sorts and the page stops early (ties keep FTS5 order).
    if isFullText { return " ORDER BY article_fts.rank" }
    switch order {
    case .date: return " ORDER BY \(dateColumn) DESC, a.title, a.key"
    case .source: return " ORDER BY a.source, a.published DESC, a.title, a.key"
    }
  }
}
