import BylineCore
import Foundation
import Testing

@testable import BylineTUI

/// The reader's session on a real library while its background indexer writes on another
/// thread: keys, list reloads and saved marks go through the library as batches land.
///
/// Part of the thread-sanitizer group (suites named `…ConcurrencyTests`, run by `.ci/run`
/// with `--sanitize=thread`; issue 17, item 6).
@Suite struct ReaderConcurrencyTests {
  @Test func sessionReadsAndMarksWhileTheBackgroundIndexerWrites() throws {
    let temporary = try TemporaryLibrary()
    defer { temporary.remove() }
    let made = temporary.indexer()
    let indexer = BackgroundIndexer(indexer: { _ in made })
    var session = ReaderSession(
      store: temporary.library, config: ReaderConfig(), themes: TestThemes.all,
      indexer: indexer)
    _ = session.start(width: 100, height: 16)
    for round in 0..<2 {
      var steps = 0
      while session.hasBackgroundWork || steps < 5 {
        session.receiveBackground()
        session.press([.character("j"), .enter, .character("s"), .escape, .character("k")])
        _ = session.render()
        steps += 1
        Thread.sleep(forTimeInterval: 0.002)
      }
      #expect(indexer.waitUntilIdle(timeout: 30))
      session.receiveBackground()
      if round == 0 { session.press([.character("r")]) }
    }
    #expect(session.state.list.count == TestArticles.all.count)
    #expect(try temporary.library.statistics().articles == TestArticles.all.count)
  }
}
