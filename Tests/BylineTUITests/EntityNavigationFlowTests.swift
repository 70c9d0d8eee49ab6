import BylineCore
import Testing

@testable import BylineTUI

/// Issue 5: moving between entities, entity pages and the history, from the sample library.
@Suite struct EntityNavigationFlowTests {
  static let kimWinsRow = 1

  /// Presses Tab until a person is focused (at most `limit` times).
  func tabToPerson(_ reader: inout ReaderHarness, limit: Int = 30) -> BodyFocus? {
    for _ in 0..<limit {
      reader.press(.tab)
      if let focus = reader.state.navigation.focus, case .entity(let span) = focus.target,
        span.kind == .person
      {
        return focus
      }
    }
    return nil
  }

  /// The acceptance walk: open an article, Tab to a person, Enter, choose another article,
  /// which opens focused on that person; back twice gives back each screen exactly.
  @Test func tabEnterAnotherArticleAndBackTwiceRestoresEachScreen() throws {
    var reader = ReaderHarness(articles: SampleArticles.tagged, width: 100, height: 30)
    reader.press(.down, .enter, .character("z"))
    let first = try #require(reader.state.body.article)
    #expect(first.title == "Kim Dae-jung wins the Nobel Peace Prize")
    let person = try #require(tabToPerson(&reader))
    let id = try #require(person.entityID)
    #expect(id == "name:kim-dae-jung")
    #expect(reader.state.status?.text == "Kim Dae-jung · person · 4 articles")
    let articleScreen = reader.snapshot

    reader.press(.enter)
    let page = try #require(reader.state.navigation.page)
    #expect(page.entityID == id)
    let pageScreen = reader.snapshot
    assertSnapshot(pageScreen, named: "entity-page-kim-dae-jung-100x30")

    // Choose another article than the one we came from.
    var chosen: ArticleKey?
    for _ in 0..<page.items.count {
      if case .mention(let key, _, _, _) = reader.state.navigation.page?.selectedItem,
        key != first.key
      {
        chosen = key
        break
      }
      reader.press(.character("j"))
    }
    let other = try #require(chosen)
    let pageWithSelection = reader.snapshot
    reader.press(.enter)
    #expect(reader.state.navigation.page == nil)
    #expect(reader.state.body.article?.key == other)
    let focused = try #require(reader.state.navigation.focus)
    #expect(focused.entityID == id)
    let layout = try #require(reader.state.body.layout)
    let line = layout.lineIndex(
      for: TextPosition(paragraph: focused.paragraph, offset: focused.range.start))
    #expect((reader.state.body.top..<reader.state.body.top + reader.state.bodyRows).contains(line))
    #expect(reader.screen.cells.contains { $0.role == .entityFocused })

    reader.press(.backspace)
    #expect(reader.snapshot == pageWithSelection)
    reader.press(.backspace)
    #expect(reader.snapshot == articleScreen)
    #expect(reader.state.body.article?.key == first.key)

    // Forward again, then back with h and Left.
    reader.press(.character("L"))
    #expect(reader.snapshot == pageWithSelection)
    reader.press(.character("L"))
    #expect(reader.state.body.article?.key == other)
    reader.press(.character("h"), .left)
    #expect(reader.snapshot == articleScreen)
    _ = pageScreen
  }

  /// The same walk side by side: the body pane and status line come back exactly (the list
  /// rightly changes, since the other article is now read).
  @Test func sideBySideWalkRestoresTheBodyPane() throws {
    var reader = ReaderHarness(articles: SampleArticles.tagged, width: 120, height: 30)
    reader.press(.down, .enter)
    let first = try #require(reader.state.body.article?.key)
    _ = try #require(tabToPerson(&reader))
    let bodyX = reader.state.paneLayout.body.x
    func bodyPane(_ reader: ReaderHarness) -> [String] {
      reader.rows.map { String($0.dropFirst(bodyX)) }
    }
    let article = bodyPane(reader)
    reader.press(.enter, .character("j"))
    let page = bodyPane(reader)
    reader.press(.enter)
    #expect(reader.state.body.article?.key != first)
    #expect(reader.state.navigation.focus?.entityID == "name:kim-dae-jung")
    reader.press(.backspace)
    #expect(bodyPane(reader) == page)
    reader.press(.backspace)
    #expect(bodyPane(reader) == article)
  }

  /// With no history, Backspace does what it always did: leave reading mode, then the list.
  @Test func backWithoutHistoryFallsBackToTheOldBack() {
    var reader = ReaderHarness(articles: SampleArticles.tagged, width: 100, height: 30)
    reader.press(.enter, .character("z"))
    #expect(reader.state.readingMode)
    reader.press(.backspace)
    #expect(!reader.state.readingMode)
    reader.press(.backspace)
    #expect(reader.state.focus == .list)
  }

  /// Tab goes forward through entities and links in reading order, Shift-Tab back, and the
  /// view scrolls to keep the focus visible.
  @Test func tabAndShiftTabWalkTargetsInReadingOrderAndScroll() throws {
    var reader = ReaderHarness(articles: SampleArticles.tagged, width: 80, height: 12)
    reader.press(.down, .enter)
    let article = try #require(reader.state.body.article)
    // Tab skips dates, amounts and percentages (issue 14); the article has some.
    let targets = BodyFocus.targets(in: article, stops: .names)
    #expect(targets.count > 5)
    #expect(BodyFocus.targets(in: article).count > targets.count)
    var seen: [BodyFocus] = []
    for _ in targets {
      reader.press(.tab)
      if let focus = reader.state.navigation.focus { seen.append(focus) }
      let layout = try #require(reader.state.body.layout)
      let line = layout.lineIndex(
        for: TextPosition(paragraph: seen.last?.paragraph ?? 0, offset: seen.last?.range.start ?? 0)
      )
      let top = reader.state.body.top
      #expect((top..<top + reader.state.bodyRows).contains(line))
    }
    #expect(seen == targets)
    reader.press(.tab)
    #expect(reader.state.status?.text == "No more entities or links below")
    reader.press(.backTab)
    #expect(reader.state.navigation.focus == targets[targets.count - 2])
  }

  /// H turns entity colours off and on; the status line says which.
  @Test func highlightToggle() {
    var reader = ReaderHarness(articles: SampleArticles.tagged, width: 100, height: 30)
    reader.press(.down, .enter)
    #expect(reader.screen.cells.contains { $0.role == .entityPerson })
    reader.press(.character("H"))
    #expect(reader.state.status?.text == "Entity highlighting off (H)")
    #expect(!reader.screen.cells.contains { $0.role == .entityPerson })
    reader.press(.character("H"))
    #expect(reader.state.status?.text == "Entity highlighting on (H)")
    #expect(reader.screen.cells.contains { $0.role == .entityPerson })
  }

  /// f on an entity page filters the list to the entity and moves the focus to the list.
  @Test func filterFromTheEntityPage() throws {
    var reader = ReaderHarness(articles: SampleArticles.tagged, width: 100, height: 30)
    reader.press(.down, .enter)
    _ = try #require(tabToPerson(&reader))
    reader.press(.enter, .character("f"))
    #expect(reader.state.list.filter.entityID == "name:kim-dae-jung")
    #expect(reader.state.focus == .list)
    #expect(reader.state.list.count == 4)
  }

  /// Issue 18: f starts from the whole library, not from a search left over in the list, and
  /// Esc then gives the full list back.
  @Test func filterFromTheEntityPageDropsALeftoverSearch() throws {
    var reader = ReaderHarness(articles: SampleArticles.tagged, width: 100, height: 30)
    reader.press(.character("/"))
    reader.type("Pyongyang")
    reader.press(.enter)
    #expect(reader.state.list.filter.query == "Pyongyang")
    let searched = reader.state.list.count ?? 0
    reader.press(.enter)
    _ = try #require(tabToPerson(&reader))
    reader.press(.enter, .character("f"))
    #expect(reader.state.list.filter == ArticleFilter(entityID: "name:kim-dae-jung"))
    #expect(reader.state.list.count == 4)
    #expect(searched != 4)
    reader.press(.escape)
    #expect(reader.state.list.filter == .all)
  }

  /// e lists the article's entities by kind; Enter opens one's page; back returns.
  @Test func articleEntitiesViewOpensPagesAndGoesBack() throws {
    var reader = ReaderHarness(articles: SampleArticles.tagged, width: 100, height: 30)
    reader.press(.down, .enter)
    let before = reader.snapshot
    reader.press(.character("e"))
    let page = try #require(reader.state.navigation.page)
    #expect(page.lines.contains { $0.pieces.first?.text == "People" })
    assertSnapshot(reader.snapshot, named: "article-entities-kim-100x30")
    reader.press(.enter)
    #expect(reader.state.navigation.page?.entityID != nil)
    reader.press(.backspace)
    #expect(reader.state.navigation.page?.kind == .articleEntities(page.kind.articleKey!))
    reader.press(.backspace)
    #expect(reader.snapshot == before)
  }

  /// A link to another library article opens it; a link elsewhere asks first, and only y
  /// asks the runtime to open it.
  @Test func linksOpenLibraryArticlesOrAskBeforeTheBrowser() throws {
    var reader = ReaderHarness(articles: SampleArticles.tagged, width: 100, height: 30)
    let germany = try #require(
      reader.state.list.pages[0]?.firstIndex { $0.title == "Germany is unified again" })
    for _ in 0..<germany { reader.press(.down) }
    reader.press(.enter)
    for _ in 0..<40 {
      reader.press(.tab)
      if case .link = reader.state.navigation.focus?.target { break }
    }
    #expect(reader.state.status?.text == "Link: https://byline.example/1989/berlin-wall-opens")
    reader.press(.enter)
    #expect(reader.state.body.article?.title == "The night the Berlin Wall opened")
    reader.press(.backspace)
    #expect(reader.state.body.article?.title == "Germany is unified again")

    var outside = ReaderHarness(articles: [TestArticles.federal], width: 100, height: 30)
    outside.press(.enter)
    for _ in 0..<3 { outside.press(.tab) }
    #expect(outside.state.status?.text == "Link: https://example.org/dc")
    outside.press(.enter)
    #expect(outside.state.status?.text == "https://example.org/dc — open in browser? (y/n)")
    outside.press(.character("n"))
    #expect(outside.state.status?.text == "Not opened")
    #expect(outside.terminalEffects.isEmpty)
    outside.press(.enter, .character("y"))
    #expect(outside.terminalEffects == [.openInBrowser(url: "https://example.org/dc")])
  }
}

/// An arrival for an article that never came (the load failed) does not hijack the next one.
@Test func staleArrivalIsDroppedWhenAnotherArticleArrives() {
  var state = AppState(config: ReaderConfig(), themes: TestThemes.all)
  _ = Update.apply(.resized(width: 100, height: 30), to: &state)
  _ = Update.apply(.articleLoaded(TestArticles.seoul, ReadingState(), listRow: 1), to: &state)
  let span = TestArticles.federal.paragraphs[0].entities[0]
  let arrival = Arrival.focusMention(
    TestArticles.beijing.key, paragraph: 0, range: span.range, entityID: "o1")
  _ = Update.apply(
    .articleLoaded(TestArticles.federal, ReadingState(), listRow: 0, arrival: arrival),
    to: &state)
  #expect(state.navigation.focus == nil)
  #expect(state.navigation.back.count == 1)
}
