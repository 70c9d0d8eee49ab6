import BylineCore
import Testing

@testable import BylineTUI

@Suite struct TerminalSafetyTests {
  /// Content that slipped past the readers' sanitiser must still never reach the terminal as
  /// a control: the grid holds only visible replacements.
  @Test func hostileTextInTheModelRendersAsHarmlessCells() {
    let hostile = Article(
      key: ArticleKey(rawValue: "00000000000000ff"),
      title: "Evil \u{1B}]0;PWNED\u{07} title \u{1B}[2J \u{9B}31m \u{202E}rev\u{202C} soft\u{AD}hy",
      source: "/evil.txt", published: TestArticles.date(20),
      paragraphs: [Paragraph(text: "Body \u{1B}[H\u{1B}[2J and \u{85} and \u{2066}iso\u{2069}.")])
    var reader = ReaderHarness(articles: [hostile], width: 100, height: 12)
    reader.press(.enter)
    let screen = reader.screen
    for cell in screen.cells where !cell.isContinuation {
      for scalar in cell.character.unicodeScalars {
        #expect(!TerminalSafety.isForbidden(scalar), "U+\(String(scalar.value, radix: 16))")
        #expect(!TerminalSafety.isDropped(scalar))
      }
    }
    #expect(reader.rows[0].contains("Evil ␛]0;PWNED␇ title ␛[2J"))
    assertSnapshot(reader.snapshot, named: "hostile-100x12")
  }

  @Test func everyThemeStylesEveryRoleAndHasMonochromeMeaning() {
    for theme in TestThemes.all {
      for role in StyleRole.allCases { #expect(theme.styles[role] != nil) }
      #expect(theme.style(for: .listSelected).monochrome.contains(.reverse))
      #expect(theme.style(for: .searchMatch).monochrome.contains(.reverse))
    }
  }
}
