import BylineCore
import Testing

@testable import BylineTUI

/// The match last jumped to with `n`/`N` is drawn as `search.current`, the others as
/// `search.match`.
@Suite struct SearchCurrentTests {
  /// The roles of the cells of the screen showing `text` on `row`, by column.
  private func roles(of screen: Screen, row: Int) -> [StyleRole] {
    (0..<screen.width).map { screen[$0, row].role }
  }

  @Test func currentMatchHasItsOwnRoleAndMovesWithN() throws {
    var reader = ReaderHarness(width: 80, height: 24)
    reader.press(.character("G"), .character("k"), .enter)
    #expect(reader.state.body.article?.key == TestArticles.long.key)
    reader.type("/")
    reader.type("paragraph 1")
    reader.press(.enter)
    reader.press(.character("n"))
    let current = try #require(reader.state.search.current)
    assertSnapshot(reader.snapshot, named: "find-current-80x24")
    let screen = reader.screen
    let currentCells = screen.cells.filter { $0.role == .searchCurrent }
    #expect(currentCells.count == "paragraph 1".count)
    #expect(String(currentCells.map(\.character)).lowercased() == "paragraph 1")
    #expect(screen.cells.contains { $0.role == .searchMatch })

    reader.press(.character("n"))
    #expect(reader.state.search.current == current + 1)
    let moved = reader.screen
    #expect(moved.cells.filter { $0.role == .searchCurrent }.count == "paragraph 1".count)
    #expect(moved.snapshot() != screen.snapshot())
  }

  @Test func themeWithoutTheRoleFallsBackToSearchMatchPlusItsOwnAttributes() throws {
    let theme = try ThemeParser.parse(
      "search.match black yellow bold\n", name: "partial", file: "p.theme")
    let current = theme.style(for: .searchCurrent)
    #expect(current.foreground == .indexed(0))
    #expect(current.background == .indexed(3))
    #expect(current.attributes.contains(.underline))
    #expect(current.monochrome == [.reverse, .bold, .underline])
    #expect(current.monochrome != theme.style(for: .searchMatch).monochrome)
  }

  @Test func everyShippedThemeNamesTheRole() throws {
    for (name, source) in ShippedThemes.sources {
      #expect(source.contains("\nsearch.current "), "themes/\(name).theme has no search.current")
    }
  }
}
