import BylineCore
import Foundation
import Testing

/// `byline PATH` shows the articles read from PATH: the source filter of the list.
@Suite struct LibrarySourceFilterTests {
  @Test func filtersByFolderAndFileWithoutMatchingSiblingPrefixes() throws {
    let scratch = try LibraryScratch()
    try scratch.write("news/1.txt", "One\ndate: 2020-01-01\n\nBudget talks.")
    try scratch.write("news/deep/2.txt", "Two\ndate: 2020-01-02\n\nBudget vote.")
    try scratch.write("newsletter/3.txt", "Three\ndate: 2020-01-03\n\nBudget news.")
    try scratch.write("other.txt", "Four\ndate: 2020-01-04\n\nSport.")
    let library = try scratch.openLibrary()
    try scratch.indexer(library).run()
    let news = scratch.sources.appendingPathComponent("news").path
    let other = scratch.sources.appendingPathComponent("other.txt").path
    func titles(_ filter: ArticleFilter) throws -> [String] {
      try library.summaries(matching: filter, order: .date, offset: 0, limit: 10).map(\.title)
    }
    let inNews = ArticleFilter(sourcePaths: [news])
    #expect(try library.articleCount(matching: inNews) == 2)
    #expect(try titles(inNews) == ["Two", "One"])
    #expect(try titles(ArticleFilter(sourcePaths: [news + "/"])) == ["Two", "One"])
    #expect(try titles(ArticleFilter(sourcePaths: [news, other])) == ["Four", "Two", "One"])
    let searched = ArticleFilter(query: "budget", sourcePaths: [news])
    #expect(try library.articleCount(matching: searched) == 2)
    #expect(Set(try titles(searched)) == ["One", "Two"])
    let page = try library.summaries(matching: inNews, order: .date, offset: 0, limit: 1)
    try library.setReadingState(ReadingState(isRead: true), for: page[0].key)
    #expect(
      try library.articleCount(matching: ArticleFilter(unreadOnly: true, sourcePaths: [news])) == 1)
    // The in-memory store agrees.
    let all = try library.summaries(matching: .all, order: .date, offset: 0, limit: 10)
    let store = InMemoryArticleStore(
      articles: try all.compactMap { try library.article(for: $0.key) })
    #expect(
      try store.summaries(matching: inNews, order: .date, offset: 0, limit: 10).map(\.title)
        == ["Two", "One"])
    #expect(try store.articleCount(matching: ArticleFilter(sourcePaths: [other])) == 1)
  }
}
