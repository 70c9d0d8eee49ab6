import BylineCore
import Testing

@testable import BylineTUI

/// The status line's summary of a finished index run.
@Suite struct LibraryActivitySummaryTests {
  @Test func copiesOfArticlesAlreadyInTheLibraryAreCountedApart() {
    var report = IndexReport()
    report.filesAdded = 5
    report.duplicateArticles = 5
    report.elapsed = 0.4
    let copy = LibraryActivity.summary(of: report)
    #expect(
      copy.hasPrefix(
        "indexed 5 new files: 0 articles (5 more already in the library) in "
      ))
    report.articlesAdded = 3
    report.duplicateArticles = 0
    #expect(
      LibraryActivity.summary(of: report).hasPrefix(
        "indexed 5 new files: 3 articles in "))
  }

  /// Issue 18: counts agree with their nouns, and unreadable files are named.
  @Test func countsAreGrammaticalAndUnreadableFilesAreNamed() {
    var report = IndexReport()
    report.filesAdded = 1
    report.articlesAdded = 1
    report.elapsed = 0.2
    #expect(LibraryActivity.summary(of: report) == "indexed 1 new file: 1 article in 0.2 s")
    report.filesChanged = 2
    report.failures = [
      .unreadableFile(path: "/news/bad-feed.xml", message: "not XML"),
      .unreadableFile(path: "/news/b.html", message: "x"),
      .unreadableFile(path: "/news/c.html", message: "x"),
    ]
    report.missingSources = ["/gone"]
    #expect(
      LibraryActivity.summary(of: report)
        == "3 unreadable: bad-feed.xml +2 more · 1 source missing · "
        + "indexed 1 new, 2 changed files: 1 article in 0.2 s")
    #expect(CountText.counted(1, "file", "files") == "1 file")
    #expect(CountText.counted(1200, "file", "files") == "1,200 files")
  }

  /// The summary is cut to the status line by display width, after the article number, and
  /// its problems come first so they are what stays.
  @Test func summaryIsCutToTheStatusLineProblemsFirst() {
    var state = AppState(config: ReaderConfig(), themes: TestThemes.all)
    state.width = 70
    state.height = 10
    state.list.count = 3
    state.library.summary =
      "2 unreadable: bad-feed.xml +1 more · indexed 3 new files: 3 articles in 0.2 s"
    var screen = Screen(width: 70, height: 1)
    StatusBarView(state: state).render(in: Rect(x: 0, y: 0, width: 70, height: 1), on: &screen)
    let line = screen.text(ofRow: 0)
    #expect(line.hasPrefix(" article 1/3 · 2 unreadable: bad-feed.xml +1 more · indexed"))
    #expect(line.contains("… ? help"))
    #expect(DisplayWidth.columns(of: line) == 70)
  }
}
