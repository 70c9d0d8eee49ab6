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
        "indexed 5 new, 0 changed, 0 removed files: 0 articles (5 more already in the library) in "
      ))
    report.articlesAdded = 3
    report.duplicateArticles = 0
    #expect(
      LibraryActivity.summary(of: report).hasPrefix(
        "indexed 5 new, 0 changed, 0 removed files: 3 articles in "))
  }
}
