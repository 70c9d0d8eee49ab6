import Foundation
import GRDB
import Testing

@testable import BylineCore

/// The source filter stays an index range scan of `files.path` followed by `file_articles` by
/// file, whatever the library's size: no full scan of files or links.
@Suite struct LibrarySourceFilterPlanTests {
  private func plan(_ library: Library, _ sql: String, _ arguments: StatementArguments) throws
    -> [String]
  {
    try library.pool.read { db in
      try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments)
        .map { $0["detail"] as String }
    }
  }

  @Test func countsAndPagesUseTheFilePathIndex() throws {
    let scratch = try LibraryScratch()
    try scratch.write("news/1.txt", "One\ndate: 2020-01-01\n\nBudget talks.")
    let library = try scratch.openLibrary()
    try scratch.indexer(library).run()
    let paths = [scratch.sources.appendingPathComponent("news").path, "/elsewhere/file.txt"]
    let held = try #require(LibraryFilterSQL.heldArticles(paths))
    let sql = try #require(
      LibraryFilterSQL(filter: ArticleFilter(sourcePaths: paths), entityRowID: nil))
    let plans = [
      try plan(library, "SELECT count(DISTINCT fa.article_id)" + held.sql, held.arguments),
      try plan(
        library, "SELECT a.id " + sql.pageFrom(.date) + sql.conditions + sql.orderBy(.date),
        sql.arguments),
      try plan(
        library, "SELECT a.id " + sql.pageFrom(.source) + sql.conditions + sql.orderBy(.source),
        sql.arguments),
    ]
    for steps in plans {
      #expect(steps.contains { $0.hasPrefix("SEARCH f USING COVERING INDEX") }, "\(steps)")
      #expect(steps.contains { $0.hasPrefix("SEARCH fa USING PRIMARY KEY (file_id=?)") })
      #expect(!steps.contains { $0.hasPrefix("SCAN f") }, "\(steps)")
    }
    #expect(plans[1].contains { $0.contains("articles_by_date") }, "\(plans[1])")
    #expect(plans[2].contains { $0.contains("articles_by_source") }, "\(plans[2])")
    #expect(!plans[1].contains { $0.contains("TEMP B-TREE FOR ORDER BY") }, "\(plans[1])")
  }
}
