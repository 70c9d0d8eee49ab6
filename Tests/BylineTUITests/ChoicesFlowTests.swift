import BylineCore
import Foundation
import Testing

@testable import BylineTUI

/// The theme, layout, sort order and unread filter are kept across restarts in a state file,
/// never in the config file; `--theme` and `--layout` win for one run (issue 18 item 4).
@Suite struct ChoicesFlowTests {
  /// A state file in a fresh temporary folder.
  private func scratchFile() -> (folder: URL, file: ChoicesFile) {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-choices-\(UUID().uuidString)")
    return (folder, ChoicesFile(environment: ["XDG_STATE_HOME": folder.path]))
  }

  @Test func restartKeepsThemeLayoutSortAndUnreadFilter() throws {
    let (folder, file) = scratchFile()
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(file.url.path == folder.path + "/byline/choices")
    let store = InMemoryArticleStore(articles: TestArticles.all)
    var first = ReaderHarness(width: 120, height: 20, store: store, choicesFile: file)
    let start = first.state.theme.name
    // The sort key by the action table (it moves from `o` to `O` in issue 18).
    let sort = try #require(ActionDescriptor.of(.cycleOrder)?.keys.first)
    first.press(.character("t"), .character("v"), .character("v"), sort)
    first.press(.enter, .character("q"), .character("u"))
    let theme = first.state.theme.name
    #expect(theme != start)
    #expect(first.state.config.layout == .stacked)
    #expect(first.state.list.order == .source)
    #expect(first.state.list.filter.unreadOnly)
    let saved = try String(contentsOf: file.url, encoding: .utf8)
    #expect(saved.contains("theme \(theme)\n"))
    #expect(saved.contains("layout stacked\nsort source\nunread-only yes\n"))

    let second = ReaderHarness(width: 120, height: 20, store: store, choicesFile: file)
    #expect(second.state.theme.name == theme)
    #expect(second.state.config.layout == .stacked)
    #expect(!second.state.paneLayout.isSideBySide)
    #expect(second.state.list.order == .source)
    #expect(second.state.list.filter.unreadOnly)
    // The article opened in the first run is read: the unread list has one row fewer.
    #expect(second.state.list.count == TestArticles.all.count - 1)
    #expect(second.rows[0].contains("unread · by source (6)"))
  }

  @Test func commandLineOptionsWinForOneRunAndLeaveTheSavedChoices() throws {
    let (folder, file) = scratchFile()
    defer { try? FileManager.default.removeItem(at: folder) }
    try file.save(ReaderChoices(themeName: "mono", layout: .stacked))
    var config = ReaderConfig(themeName: "light", layout: .side)
    config.fixedChoices = [.theme, .layout]
    var reader = ReaderHarness(width: 120, height: 20, config: config, choicesFile: file)
    #expect(reader.state.theme.name == "light")
    #expect(reader.state.config.layout == .side)
    // Another choice is saved without the command line's theme and layout.
    reader.press(.character("u"))
    #expect(try file.load() == ReaderChoices(themeName: "mono", layout: .stacked, unreadOnly: true))
    // Without the options, the saved choices apply.
    let next = ReaderHarness(width: 120, height: 20, choicesFile: file)
    #expect(next.state.theme.name == "mono")
    #expect(next.state.config.layout == .stacked)
  }

  @Test func escClearingTheUnreadFilterIsRememberedToo() throws {
    let (folder, file) = scratchFile()
    defer { try? FileManager.default.removeItem(at: folder) }
    var reader = ReaderHarness(width: 120, height: 20, choicesFile: file)
    reader.press(.character("u"), .escape)
    #expect(try file.load().unreadOnly == false)
  }

  @Test func unknownLinesAndValuesAreSkippedAndAMissingThemeIsPassedOver() throws {
    let choices = ReaderChoices(
      parsing: "# note\ntheme gone\nlayout sideways\nsort source\nunread-only maybe\nzoom 3\n")
    #expect(choices == ReaderChoices(themeName: "gone", order: .source))
    let (folder, file) = scratchFile()
    defer { try? FileManager.default.removeItem(at: folder) }
    try file.save(choices)
    let reader = ReaderHarness(width: 120, height: 20, choicesFile: file)
    #expect(reader.state.theme.name == TestThemes.all.first?.name)
    #expect(reader.state.list.order == .source)
  }

  @Test func aStateFileThatCannotBeWrittenIsReportedWithItsPath() throws {
    let (folder, _) = scratchFile()
    defer { try? FileManager.default.removeItem(at: folder) }
    // The state home is a file: the folder for the choices cannot be made.
    try Data().write(to: folder)
    let file = ChoicesFile(environment: ["XDG_STATE_HOME": folder.path])
    var reader = ReaderHarness(width: 120, height: 20, choicesFile: file)
    reader.press(.character("t"))
    let status = try #require(reader.state.status)
    #expect(status.isError)
    #expect(status.text.contains(file.url.path))
  }
}
