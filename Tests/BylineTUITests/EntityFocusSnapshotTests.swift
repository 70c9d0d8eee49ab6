import BylineCore
import Testing

@testable import BylineTUI

/// Issue 5: the focused entity is drawn with `entity.focused` on every line it covers, and
/// `H` draws entities as plain text.
@Suite struct EntityFocusSnapshotTests {
  func body(focus: BodyFocus?, highlights: Bool, width: Int, height: Int) -> String {
    let article = TestArticles.federal
    var body = ArticleBodyState()
    body.article = article
    let area = Rect(x: 1, y: 0, width: width - 2, height: height)
    body.layout = Reflow.layout(article, width: area.width)
    var view = ArticleBodyView(body: body, search: SearchState(), textArea: area)
    view.focus = focus
    view.highlightsEntities = highlights
    var screen = Screen(width: width, height: height)
    view.render(in: screen.bounds, on: &screen)
    return screen.snapshot()
  }

  /// "Federal Reserve" wraps at 14 columns; both halves carry the focused role.
  @Test func focusedEntityWrapsAcrossLines() throws {
    let span = try #require(TestArticles.federal.paragraphs[0].entities.first)
    let focus = BodyFocus(paragraph: 0, target: .entity(span))
    let text = body(focus: focus, highlights: true, width: 16, height: 12)
    assertSnapshot(text, named: "focus-federal-wrapped-16x12")
    let roleRows = text.components(separatedBy: "roles:\n")[1].split(separator: "\n")
    #expect(roleRows.filter { $0.hasPrefix("|") && $0.contains("F") }.count == 2)
  }

  /// With highlighting off, entities are drawn as body text, but the focus still shows.
  @Test func highlightingOffKeepsOnlyTheFocus() throws {
    let span = TestArticles.federal.paragraphs[0].entities[1]
    let focus = BodyFocus(paragraph: 0, target: .entity(span))
    let text = body(focus: focus, highlights: false, width: 30, height: 10)
    assertSnapshot(text, named: "focus-federal-highlights-off-30x10")
    #expect(!text.contains("entity.organization"))
    #expect(text.contains("entity.focused"))
  }
}
