import BylineCore
import Testing

@testable import BylineTUI

/// Issue 18 item 8: "3 unreadable" in the status line names the first file; `!` lists every
/// file the last index could not read, with its path and why, and every missing source.
@Suite struct IndexProblemsFlowTests {
  static func report() -> IndexReport {
    var report = IndexReport()
    report.filesAdded = 4
    report.articlesAdded = 1
    report.failures = [
      .unreadableFile(path: "/news/bad.json", message: "invalid JSON: unexpected end of file"),
      .unreadableFile(path: "/news/feeds/broken.xml", message: "not a feed"),
      .unreadableFile(path: "/news/bin.html", message: "binary file (contains NUL bytes)"),
    ]
    report.missingSources = ["/gone"]
    return report
  }

  @Test func bangListsEveryUnreadableFileAndBackspaceClosesTheList() {
    var reader = ReaderHarness(width: 120, height: 20)
    reader.terminalEffects += reader.session.send(.indexingFinished(Self.report()))
    #expect(reader.rows.last?.contains("3 unreadable: bad.json +2 more") == true)
    reader.press(.character("!"))
    #expect(reader.state.focus == .body)
    let shown = reader.rows.joined(separator: "\n")
    #expect(shown.contains("Files the index could not read"))
    for name in ["/news/bad.json", "/news/feeds/broken.xml", "/news/bin.html"] {
      #expect(shown.contains(name), "\(name) in\n\(shown)")
    }
    #expect(shown.contains("invalid JSON"))
    #expect(shown.contains("source not found: /gone"))
    reader.press(.backspace)
    #expect(reader.state.navigation.page == nil)
    #expect(reader.state.focus == .list)
    #expect(reader.state.paneLayout.body.isEmpty)
    #expect(!reader.state.isQuitting)
  }

  @Test func bangFromAnArticleReturnsToItWithBackspace() {
    var reader = ReaderHarness(width: 120, height: 20)
    reader.terminalEffects += reader.session.send(.indexingFinished(Self.report()))
    reader.press(.enter)
    let article = reader.state.body.article?.key
    reader.press(.character("!"))
    #expect(reader.rows.joined().contains("/news/bin.html"))
    reader.press(.backspace)
    #expect(reader.state.navigation.page == nil)
    #expect(reader.state.body.article?.key == article)
    #expect(reader.state.focus == .body)
  }

  @Test func bangAfterACleanIndexSaysSo() {
    var reader = ReaderHarness(width: 120, height: 20)
    reader.press(.character("!"))
    #expect(reader.rows.joined().contains("None: every file of the sources was read."))
    reader.press(.character("q"))
    #expect(reader.state.navigation.page == nil)
    #expect(reader.state.focus == .list)
  }
}
