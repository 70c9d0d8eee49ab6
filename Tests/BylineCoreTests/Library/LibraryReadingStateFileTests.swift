import BylineCore
import Foundation
import Testing

/// Readers of one shared library with their own state files (issue 16, `byline serve`): each
/// sees every article, keeps its own marks, and cannot change the articles.
@Suite struct LibraryReadingStateFileTests {
  @Test func twoStateFilesKeepSeparateStarsOverOneLibrary() throws {
    let scratch = try LibraryScratch()
    for index in 0..<5 {
      try scratch.write("\(index).txt", "Story \(index)\n\nPutin spoke in Moscow, part \(index).")
    }
    let keys: [ArticleKey]
    do {
      let library = try scratch.openLibrary()
      try scratch.indexer(library).run()
      keys = try library.summaries(matching: .all, order: .date, offset: 0, limit: 10).map(\.key)
      // The owner's own marks stay in the library and are not seen by the readers.
      try library.setReadingState(ReadingState(isRead: true), for: keys[4])
    }
    let alice = scratch.root.appendingPathComponent("readers/alice/state.sqlite")
    let bob = scratch.root.appendingPathComponent("readers/bob/state.sqlite")
    do {
      let aliceView = try Library.open(sharedAt: scratch.database, readingStateAt: alice)
      let bobView = try Library.open(sharedAt: scratch.database, readingStateAt: bob)
      #expect(try aliceView.articleCount(matching: .all) == 5)
      #expect(try aliceView.search(query: "Moscow").total == 5)
      try aliceView.setReadingState(ReadingState(isStarred: true), for: keys[0])
      try bobView.setReadingState(ReadingState(isRead: true, lastParagraph: 1), for: keys[1])
      #expect(try aliceView.readingState(for: keys[0]).isStarred)
      #expect(try !bobView.readingState(for: keys[0]).isStarred)
      #expect(try !aliceView.readingState(for: keys[1]).isRead)
      #expect(try !aliceView.readingState(for: keys[4]).isRead)
      #expect(try aliceView.articleCount(matching: ArticleFilter(starredOnly: true)) == 1)
      #expect(try bobView.articleCount(matching: ArticleFilter(starredOnly: true)) == 0)
      #expect(throws: LibraryError.self) { try scratch.indexer(aliceView).run() }
    }
    // Reopened (a restart), the marks are still each reader's own; the library has none.
    let again = try Library.open(sharedAt: scratch.database, readingStateAt: alice)
    #expect(try again.readingState(for: keys[0]).isStarred)
    let owner = try Library.open(at: scratch.database)
    #expect(try !owner.readingState(for: keys[0]).isStarred)
    #expect(try owner.readingState(for: keys[4]).isRead)
  }

  @Test func missingLibraryIsNamed() throws {
    let scratch = try LibraryScratch()
    let state = scratch.root.appendingPathComponent("state.sqlite")
    #expect(
      throws: LibraryError.database(
        path: scratch.database.path, message: "no library here to share")
    ) {
      try Library.open(sharedAt: scratch.database, readingStateAt: state)
    }
  }
}
