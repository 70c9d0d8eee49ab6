import BylineCore

@testable import BylineTUI

/// Drives a ``ReaderSession`` over an in-memory store: keys in, screen out.
struct ReaderHarness {
  var session: ReaderSession
  let store: InMemoryArticleStore
  var terminalEffects: [Effect] = []

  /// A session over `store` (a new store of `articles` by default), keeping its choices in
  /// `choicesFile`: a second harness over the same store and file is a restart.
  init(
    articles: [Article] = TestArticles.all, width: Int, height: Int,
    config: ReaderConfig = ReaderConfig(), store: InMemoryArticleStore? = nil,
    choicesFile: ChoicesFile? = nil
  ) {
    self.store = store ?? InMemoryArticleStore(articles: articles)
    session = ReaderSession(
      store: self.store, config: config, themes: TestThemes.all, choicesFile: choicesFile)
    terminalEffects = session.start(width: width, height: height)
  }

  var state: AppState { session.state }

  mutating func press(_ keys: Key...) {
    terminalEffects += session.press(keys)
  }

  mutating func type(_ text: String) {
    terminalEffects += session.press(text.map { Key.character($0) })
  }

  mutating func resize(_ width: Int, _ height: Int) {
    terminalEffects += session.send(.resized(width: width, height: height))
  }

  var screen: Screen { session.render() }
  var snapshot: String { screen.snapshot() }

  /// The screen's rows as plain text.
  var rows: [String] { (0..<screen.height).map { screen.text(ofRow: $0) } }
}
