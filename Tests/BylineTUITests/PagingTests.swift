import BylineCore
import Synchronization
import Testing

@testable import BylineTUI

/// An article store that records which pages the reader asks for.
final class CountingStore: ArticleStore {
  let inner: InMemoryArticleStore
  let requests = Mutex<[Int]>([])

  init(articles: [Article]) { inner = InMemoryArticleStore(articles: articles) }

  func articleCount(matching filter: ArticleFilter) throws -> Int {
    try inner.articleCount(matching: filter)
  }
  func summaries(
    matching filter: ArticleFilter, order: ArticleOrder, offset: Int, limit: Int
  ) throws -> [ArticleSummary] {
    requests.withLock { $0.append(offset) }
    return try inner.summaries(matching: filter, order: order, offset: offset, limit: limit)
  }
  func article(for key: ArticleKey) throws -> Article? { try inner.article(for: key) }
  func readingState(for key: ArticleKey) throws -> ReadingState {
    try inner.readingState(for: key)
  }
  func setReadingState(_ state: ReadingState, for key: ArticleKey) throws {
    try inner.setReadingState(state, for: key)
  }
  func entityDetails(id: String, mentionLimit: Int, relatedLimit: Int) throws -> EntityDetails? {
    nil
  }
  func entities(named name: String, limit: Int) throws -> [EntityRecord] { [] }
  func articleKey(forURL url: String) throws -> ArticleKey? { nil }
}

@Suite struct PagingTests {
  @Test func listIsPagedAroundTheVisibleWindowNeverLoadedWhole() {
    let store = CountingStore(articles: TestArticles.many(5000))
    var session = ReaderSession(store: store, config: ReaderConfig(), themes: [])
    _ = session.start(width: 80, height: 24)
    #expect(store.requests.withLock { $0 } == [0])
    session.press([.character("G")])
    let requested = store.requests.withLock { $0 }
    #expect(requested.count <= 3)
    #expect(requested.contains(4950))
    #expect(session.state.list.pages.count <= ArticleListState.cachedPages)
    #expect(session.render().text(ofRow: 6).contains("Article number 0"))
    for _ in 0..<840 { session.press([.pageUp]) }
    #expect(session.state.list.selected == 0)
    #expect(session.state.list.pages.count <= ArticleListState.cachedPages)
    #expect(store.requests.withLock { $0.count } < 120)
  }

  @Test func newestArticleComesFirst() {
    let reader = ReaderHarness(articles: TestArticles.many(30), width: 80, height: 24)
    #expect(reader.rows[0].contains("Article number 29"))
    #expect(reader.rows[1].contains("Article number 28"))
  }

  @Test func selectionStaysVisibleWhenScrolling() {
    var reader = ReaderHarness(articles: TestArticles.many(200), width: 80, height: 24)
    let rows = reader.state.listRows
    for step in 1...60 {
      reader.press(.character("j"))
      let list = reader.state.list
      #expect(list.selected == step)
      #expect(list.selected >= list.top && list.selected < list.top + rows)
    }
  }
}
