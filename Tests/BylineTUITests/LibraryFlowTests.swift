import BylineCore
import Foundation
import Testing

@testable import BylineTUI

/// The list's library features (issue 6): search, filters, sort order, read and star marks,
/// and background indexing, through the session against a real temporary library or the
/// in-memory store.
@Suite struct LibraryFlowTests {
  func session(_ store: any ArticleStore, indexer: BackgroundIndexer? = nil) -> ReaderSession {
    ReaderSession(
      store: store, config: ReaderConfig(), themes: TestThemes.all, indexer: indexer)
  }

  @Test func searchListsRankedHitsWithHeaderAndMarkedMatches() throws {
    let temporary = try TemporaryLibrary()
    defer { temporary.remove() }
    try temporary.index()
    var session = session(temporary.library)
    _ = session.start(width: 100, height: 12)
    session.press([.character("/")])
    session.press("a long".map { Key.character($0) })
    #expect(session.render().text(ofRow: 11).contains("search: a long_"))
    session.press([.enter])
    #expect(session.state.list.filter.query == "a long")
    #expect(session.state.list.count == 1)
    #expect(session.state.focus == .list)
    let screen = session.render()
    #expect(screen.text(ofRow: 0).contains("search: \"a long\" (1 result)"))
    #expect(screen.text(ofRow: 1).contains("A long read about harbou"))
    // "A" and "long" are marked in the title, on the selected row too.
    #expect(screen.cells[1 * screen.width + 2].role == .searchMatch)
    #expect(screen.cells[1 * screen.width + 3].role == .listSelected)
    #expect((4..<8).allSatisfy { screen.cells[1 * screen.width + $0].role == .searchMatch })
    assertSnapshot(screen.snapshot(), named: "flow-library-search-100x12")
  }

  @Test func searchHitShowsItsSnippetWithTheMatchMarkedWhenThereIsRoom() throws {
    let temporary = try TemporaryLibrary()
    defer { temporary.remove() }
    try temporary.index()
    var session = session(temporary.library)
    _ = session.start(width: 80, height: 10)
    session.press([.character("/")] + "cranes".map { Key.character($0) } + [.enter])
    let screen = session.render()
    let row = screen.text(ofRow: 1)
    #expect(row.contains("A long read about harbours — "))
    #expect(row.contains("cranes"))
    #expect(screen.cells[80 + 2].role == .listSelected)
    #expect(screen.cells.filter { $0.role == .searchMatch }.count == "cranes".count)
    assertSnapshot(screen.snapshot(), named: "flow-library-search-snippet-80x10")
  }

  @Test func escapeClearsTheSearchAndRestoresTheSelection() {
    var session = session(InMemoryArticleStore(articles: TestArticles.all))
    _ = session.start(width: 100, height: 20)
    session.press([.character("j"), .character("j"), .character("j")])
    #expect(session.state.list.selected == 3)
    session.press([.character("/")] + "harbour".map { Key.character($0) } + [.enter])
    #expect(session.state.list.count == 1)
    #expect(session.state.list.selected == 0)
    session.press([.escape])
    #expect(session.state.list.filter == .all)
    #expect(session.state.list.count == TestArticles.all.count)
    #expect(session.state.list.selected == 3)
    #expect(!session.render().text(ofRow: 0).contains("search:"))
  }

  @Test func escapeInThePromptCancelsAndNKeysStillFindInTheBody() {
    var session = session(InMemoryArticleStore(articles: TestArticles.all))
    _ = session.start(width: 100, height: 20)
    session.press([.character("/"), .character("x"), .escape])
    #expect(!session.state.mode.isSearchingLibrary)
    #expect(session.state.list.filter == .all)
    session.press([.character("G"), .character("k"), .enter])
    #expect(session.state.body.article?.key == TestArticles.long.key)
    session.press([.character("/")])
    #expect(session.state.mode.isFinding)
    #expect(!session.state.mode.isSearchingLibrary)
    session.press("Paragraph 2".map { Key.character($0) } + [.enter])
    let first = session.state.search.current
    session.press([.character("n"), .character("N")])
    #expect(session.state.search.current == first)
  }

  @Test func readAndStarMarksAreSavedThroughTheLibraryAndShown() throws {
    let temporary = try TemporaryLibrary()
    defer { temporary.remove() }
    try temporary.index()
    var session = session(temporary.library)
    _ = session.start(width: 100, height: 12)
    let first = try #require(session.state.list.summary(at: 0))
    session.press([.enter])
    #expect(try temporary.library.readingState(for: first.key).isRead)
    session.press([.character("s")])
    #expect(try temporary.library.readingState(for: first.key).isStarred)
    session.press([.character("w"), .character("N")])
    var state = try temporary.library.readingState(for: first.key)
    #expect(!state.isRead && state.isStarred)
    #expect(session.render().text(ofRow: 0).hasPrefix("●★"))
    // Leaving the open article keeps it unread, as the reader asked.
    session.press([.character("j"), .enter])
    state = try temporary.library.readingState(for: first.key)
    #expect(!state.isRead)
    #expect(session.render().text(ofRow: 0).hasPrefix("●★"))
  }

  /// The open article marked unread with `N` stays unread in every list reloaded after it
  /// (the rows show what the store says, not what opening once did).
  @Test func theOpenArticleMarkedUnreadStaysUnreadWhenTheListReloads() throws {
    let store = InMemoryArticleStore(articles: TestArticles.all)
    var session = session(store)
    _ = session.start(width: 100, height: 12)
    let first = try #require(session.state.list.summary(at: 0))
    session.press([.enter, .character("w"), .character("N"), .character("u")])
    #expect(try !store.readingState(for: first.key).isRead)
    #expect(session.state.list.summary(at: 0)?.key == first.key)
    #expect(session.render().text(ofRow: 1).hasPrefix("●"), "unread in the unread-only list")
  }

  @Test func unreadStarredAndSortFiltersGoThroughTheStoreWithAHeader() throws {
    let store = InMemoryArticleStore(articles: TestArticles.all)
    try store.setReadingState(ReadingState(isRead: true), for: TestArticles.federal.key)
    try store.setReadingState(ReadingState(isStarred: true), for: TestArticles.cafe.key)
    var session = session(store)
    _ = session.start(width: 100, height: 20)
    session.press([.character("u")])
    #expect(session.state.list.count == TestArticles.all.count - 1)
    #expect(session.render().text(ofRow: 0).contains("unread (6)"))
    session.press([.character("S")])
    #expect(session.state.list.count == 1)
    #expect(session.render().text(ofRow: 0).contains("unread · starred (1)"))
    #expect(session.render().text(ofRow: 1).hasPrefix("●★R"))
    session.press([.escape, .character("O")])
    #expect(session.state.list.order == .source)
    #expect(session.render().text(ofRow: 0).contains("by source (7)"))
    // By source: /news/cn/… sorts first, https://news.example.kr/… last.
    #expect(session.state.list.summary(at: 0)?.key == TestArticles.beijing.key)
    #expect(session.state.list.summary(at: 6)?.key == TestArticles.seoul.key)
    session.press([.character("O")])
    #expect(session.state.list.order == .date)
    #expect(!session.state.list.showsHeader)
  }

  @Test func backgroundIndexingFillsTheListAndEndsWithASummary() throws {
    let temporary = try TemporaryLibrary()
    defer { temporary.remove() }
    let made = temporary.indexer()
    let indexer = BackgroundIndexer { rebuild, progress, _ in
      try made.run(rebuild: rebuild, progress: progress)
    }
    var session = session(temporary.library, indexer: indexer)
    _ = session.start(width: 100, height: 12)
    #expect(session.state.library.isIndexing)
    #expect(session.state.list.count == 0)
    #expect(session.state.status == nil, "no 'No articles' while indexing")
    #expect(session.render().text(ofRow: 0).contains("Indexing…"))
    #expect(indexer.waitUntilIdle(timeout: 30))
    #expect(session.hasBackgroundWork, "messages wait to be received")
    #expect(session.receiveBackground().received)
    #expect(!session.hasBackgroundWork)
    #expect(!session.state.library.isIndexing)
    #expect(session.state.list.count == TestArticles.all.count)
    let summary = try #require(session.state.library.summary)
    #expect(summary.hasPrefix("indexed 7 new files: 7 articles in "))
    #expect(session.render().text(ofRow: 11).contains("article 1/7 · indexed 7 new"))
    session.press([.character("j")])
    #expect(session.state.library.summary == nil)
    // `r` runs again: nothing changed.
    session.press([.character("r")])
    #expect(indexer.waitUntilIdle(timeout: 30))
    session.receiveBackground()
    #expect(session.state.library.summary == "library up to date")
  }

  /// A problem met on the background thread (say, the entity tagger failed to load) reaches
  /// the status line as an error, and the run still ends with its summary.
  @Test func aNoticePostedDuringARunReachesTheStatusLine() throws {
    let temporary = try TemporaryLibrary()
    defer { temporary.remove() }
    let made = temporary.indexer()
    let indexer = BackgroundIndexer { rebuild, progress, notify in
      notify(StatusMessage("entity tagger unavailable", isError: true))
      return try made.run(rebuild: rebuild, progress: progress)
    }
    var session = session(temporary.library, indexer: indexer)
    _ = session.start(width: 100, height: 12)
    #expect(indexer.waitUntilIdle(timeout: 30))
    session.receiveBackground()
    #expect(session.state.status == StatusMessage("entity tagger unavailable", isError: true))
    #expect(session.state.library.summary?.hasPrefix("indexed 7 new") == true)
  }

  @Test func progressReloadsTheListKeepingTheSelectedArticle() {
    var state = AppState(config: ReaderConfig(), themes: TestThemes.all)
    _ = Update.apply(.resized(width: 100, height: 20), to: &state)
    _ = Update.apply(.indexingStarted, to: &state)
    _ = Update.apply(.listCountLoaded(3), to: &state)
    let rows = TestArticles.all.prefix(3).map {
      ArticleSummary(key: $0.key, title: $0.title, source: $0.source, published: $0.published)
    }
    _ = Update.apply(.listPageLoaded(page: 0, summaries: Array(rows)), to: &state)
    _ = Update.apply(.key(.character("j")), to: &state)
    #expect(state.list.selected == 1)
    let progress = IndexProgress(filesDone: 1200, filesTotal: 6000, articlesWritten: 5, elapsed: 4)
    let effects = Update.apply(.indexingProgress(progress), to: &state)
    #expect(effects == [.loadListCount(filter: .all)])
    #expect(state.library.progressText == "indexing 1,200/6,000 files · 300/s")
    // A new article arrived above the selected one: the selection follows the article.
    _ = Update.apply(.listCountLoaded(4), to: &state)
    _ = Update.apply(
      .listPageLoaded(
        page: 0,
        summaries: [
          ArticleSummary(key: ArticleKey(rawValue: "new"), title: "New", source: "", published: nil)
        ] + rows),
      to: &state)
    #expect(state.list.selected == 2)
    #expect(state.list.summary(at: state.list.selected)?.key == rows[1].key)
    #expect(RootView(state: state).render().text(ofRow: 19).contains("indexing 1,200/6,000 files"))
    // The same progress again (no new articles) does not reload.
    #expect(Update.apply(.indexingProgress(progress), to: &state).isEmpty)
    // New articles reload the list at most every half second of the run.
    let soon = IndexProgress(filesDone: 1300, filesTotal: 6000, articlesWritten: 9, elapsed: 4.2)
    #expect(Update.apply(.indexingProgress(soon), to: &state).isEmpty)
    let later = IndexProgress(filesDone: 1400, filesTotal: 6000, articlesWritten: 12, elapsed: 4.6)
    #expect(Update.apply(.indexingProgress(later), to: &state) == [.loadListCount(filter: .all)])
  }

  @Test func commandLineSourcesShowOnlyTheirArticlesUntilEscape() {
    var session = session(InMemoryArticleStore(articles: TestArticles.all))
    session.send(.showSources(["/news/cn", "/news/fr/cafe.txt"]))
    _ = session.start(width: 100, height: 20)
    #expect(session.state.list.count == 2)
    #expect(session.render().text(ofRow: 0).contains("in 2 sources (2)"))
    session.press([.escape])
    #expect(session.state.list.count == TestArticles.all.count)
    session.send(.showSources(["/news/cn"]))
    #expect(session.render().text(ofRow: 0).contains("in cn (1)"))
  }

  @Test func entityFilterHeaderNamesTheEntityAndEscapeClearsIt() {
    var session = session(InMemoryArticleStore(articles: TestArticles.all))
    _ = session.start(width: 100, height: 20)
    var state = session.state
    state.list.filter.entityID = "o1"
    state.navigation.known["o1"] = EntityRecord(
      id: "o1", name: "The Federal Reserve", kind: .organization, articleCount: 1)
    _ = Update.reloadList(&state)
    _ = Update.apply(.listCountLoaded(1), to: &state)
    #expect(
      RootView(state: state).render().text(ofRow: 0).contains("mentions The Federal Reserve (1)"))
    #expect(Update.apply(.key(.escape), to: &state) == [.loadListCount(filter: .all)])
    #expect(state.list.filter == .all)
  }

  @Test func reindexWithoutALibrarySaysSo() {
    var session = session(InMemoryArticleStore(articles: TestArticles.all))
    _ = session.start(width: 100, height: 20)
    session.press([.character("r")])
    #expect(session.state.status?.text == "Nothing to index: no library is open")
  }
}
