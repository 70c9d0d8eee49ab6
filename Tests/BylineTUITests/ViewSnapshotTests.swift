import BylineCore
import Testing

@testable import BylineTUI

@Suite struct ViewSnapshotTests {
  func listState(selected: Int = 1) throws -> ArticleListState {
    let store = InMemoryArticleStore(articles: TestArticles.all)
    var list = ArticleListState()
    list.count = try store.articleCount(matching: .all)
    list.pages[0] = try store.summaries(matching: .all, order: .date, offset: 0, limit: 50)
    list.pages[0]?[0].isRead = true
    list.select(selected, visibleRows: 8)
    return list
  }

  func render(_ view: some View, width: Int, height: Int) -> String {
    var screen = Screen(width: width, height: height)
    view.render(in: screen.bounds, on: &screen)
    return screen.snapshot()
  }

  func body(_ article: Article, width: Int, height: Int, top: Int = 0) -> String {
    var body = ArticleBodyState()
    body.article = article
    let area = Rect(x: 1, y: 0, width: width - 2, height: height)
    body.layout = Reflow.layout(article, width: area.width)
    body.top = top
    return render(
      ArticleBodyView(body: body, search: SearchState(), textArea: area), width: width,
      height: height)
  }

  @Test(arguments: [(30, 8), (44, 8), (72, 8)])
  func listWithCJKTitlesTruncatesByColumns(width: Int, height: Int) throws {
    let view = ArticleListView(list: try listState(), isFocused: true)
    assertSnapshot(render(view, width: width, height: height), named: "list-\(width)x\(height)")
  }

  @Test(arguments: [(32, 20), (60, 14)])
  func bodyShowsHeaderParagraphKindsEntitiesAndLinks(width: Int, height: Int) {
    assertSnapshot(
      body(TestArticles.federal, width: width, height: height),
      named: "body-federal-\(width)x\(height)")
  }

  @Test(arguments: [(16, 16), (30, 12)])
  func bodyWithAccentsEmojiAndAnOverlongWord(width: Int, height: Int) {
    assertSnapshot(
      body(TestArticles.cafe, width: width, height: height), named: "body-cafe-\(width)x\(height)")
  }

  @Test func bodyWithCJKWrapsByColumns() {
    assertSnapshot(body(TestArticles.seoul, width: 21, height: 8), named: "body-seoul-21x8")
    assertSnapshot(body(TestArticles.beijing, width: 20, height: 8), named: "body-beijing-20x8")
  }

  @Test func helpIsGeneratedFromTheActionTable() {
    let screen = render(HelpView(keymap: Keymap(), top: 0), width: 90, height: 24)
    assertSnapshot(screen, named: "help-90x24")
    let tall = render(HelpView(keymap: Keymap(), top: 0), width: 90, height: 60)
    for descriptor in ActionDescriptor.all {
      #expect(tall.contains(descriptor.action.rawValue))
    }
  }
}
