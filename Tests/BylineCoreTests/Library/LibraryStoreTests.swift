import BylineCore
import Foundation
import Testing

@Suite struct LibraryStoreTests {
  @Test func pagesNewestFirstWithUndatedLastAndBySource() throws {
    let scratch = try LibraryScratch()
    try scratch.write("x/1.txt", "Old\ndate: 2019-05-01\n\nBody.")
    try scratch.write("x/2.txt", "New\ndate: 2022-05-01\n\nBody.")
    try scratch.write("a/3.txt", "Undated B\n\nBody b.")
    try scratch.write("a/4.txt", "Undated A\n\nBody a.")
    try scratch.write("a/5.txt", "Middle\ndate: 2020-05-01\n\nBody.")
    let library = try scratch.openLibrary()
    try scratch.indexer(library).run()
    let titles = { (order: ArticleOrder, offset: Int, limit: Int) in
      try library.summaries(matching: .all, order: order, offset: offset, limit: limit)
        .map(\.title)
    }
    #expect(try titles(.date, 0, 10) == ["New", "Middle", "Old", "Undated A", "Undated B"])
    #expect(try titles(.date, 1, 2) == ["Middle", "Old"])
    #expect(try titles(.date, 5, 2) == [])
    // Each file is its own source: by source path, then newest first.
    #expect(try titles(.source, 0, 10) == ["Undated B", "Undated A", "Middle", "Old", "New"])
    let store = InMemoryArticleStore(
      articles: try library.summaries(matching: .all, order: .date, offset: 0, limit: 10)
        .compactMap { try library.article(for: $0.key) })
    #expect(
      try store.summaries(matching: .all, order: .date, offset: 0, limit: 10).map(\.title)
        == titles(.date, 0, 10))
  }

  @Test func readingStateFiltersAndCounts() throws {
    let scratch = try LibraryScratch()
    for index in 0..<6 {
      try scratch.write("\(index).txt", "T\(index)\ndate: 2020-01-0\(index + 1)\n\nB.")
    }
    let library = try scratch.openLibrary()
    try scratch.indexer(library).run()
    let page = try library.summaries(matching: .all, order: .date, offset: 0, limit: 10)
    try library.setReadingState(ReadingState(isRead: true), for: page[0].key)
    try library.setReadingState(ReadingState(isRead: true, isStarred: true), for: page[1].key)
    try library.setReadingState(ReadingState(isStarred: true, lastParagraph: 4), for: page[2].key)
    try library.setReadingState(ReadingState(isRead: true), for: ArticleKey(rawValue: "no-such"))
    #expect(try library.articleCount(matching: ArticleFilter(unreadOnly: true)) == 4)
    #expect(try library.articleCount(matching: ArticleFilter(starredOnly: true)) == 2)
    #expect(
      try library.articleCount(matching: ArticleFilter(unreadOnly: true, starredOnly: true)) == 1)
    let unread = try library.summaries(
      matching: ArticleFilter(unreadOnly: true), order: .date, offset: 0, limit: 10)
    #expect(unread.map(\.title) == ["T3", "T2", "T1", "T0"])
    #expect(unread.first?.isStarred == true)
    #expect(try library.readingState(for: page[2].key).lastParagraph == 4)
    #expect(try library.readingState(for: ArticleKey(rawValue: "unknown")) == ReadingState())
  }

  @Test func entityFilterAndEntityPage() throws {
    let scratch = try LibraryScratch()
    try scratch.write("1.txt", "One\ndate: 2020-01-01\n\nPutin met Merkel in Berlin.")
    try scratch.write(
      "2.txt", "Two\ndate: 2021-01-01\n\nIntro text.\n\nLater Vladimir Putin flew to Berlin.")
    try scratch.write("3.txt", "Three\ndate: 2022-01-01\n\nMerkel stayed in Berlin.")
    let library = try scratch.openLibrary()
    try scratch.indexer(library).run()
    let berlin = ArticleFilter(entityID: "LOC:berlin")
    #expect(try library.articleCount(matching: berlin) == 3)
    #expect(
      try library.summaries(matching: berlin, order: .date, offset: 0, limit: 10).map(\.title)
        == ["Three", "Two", "One"])
    #expect(try library.articleCount(matching: ArticleFilter(entityID: "LOC:nowhere")) == 0)
    let newest = try #require(
      try library.summaries(matching: berlin, order: .date, offset: 0, limit: 1).first)
    try library.setReadingState(ReadingState(isRead: true, isStarred: true), for: newest.key)
    for filter in [
      ArticleFilter(unreadOnly: true, entityID: "LOC:berlin"),
      ArticleFilter(starredOnly: true, entityID: "LOC:berlin"),
      ArticleFilter(unreadOnly: true, starredOnly: true, entityID: "LOC:berlin"),
      ArticleFilter(unreadOnly: true, entityID: "PER:merkel"),
    ] {
      let listed = try library.summaries(matching: filter, order: .date, offset: 0, limit: 10)
      #expect(try library.articleCount(matching: filter) == listed.count)
    }
    #expect(
      try library.articleCount(matching: ArticleFilter(unreadOnly: true, entityID: "LOC:berlin"))
        == 2)
    let details = try #require(
      try library.entityDetails(id: "LOC:berlin", mentionLimit: 2, relatedLimit: 5))
    #expect(details.entity.articleCount == 3 && details.entity.kind == .location)
    #expect(details.mentions.map(\.title) == ["Three", "Two"])
    #expect(details.mentions[1].paragraphIndex == 1)
    #expect(details.mentions[1].snippet.contains("Berlin"))
    #expect(details.related.first?.entity.id == "PER:merkel")
    #expect(details.related.first?.sharedArticles == 2)
    // The test linker joins "Putin" to "Vladimir Putin" only inside one article.
    let putin = try #require(try library.entities(named: "putin's", limit: 5).first)
    #expect(putin.id == "PER:putin" && putin.articleCount == 1)
    #expect(
      try library.entities(named: "VLADIMIR PUTIN", limit: 5).map(\.id) == ["PER:vladimir putin"])
  }
}
