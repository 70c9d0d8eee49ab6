import BylineCore
import Foundation

@testable import BylineTUI

/// A library in a temporary folder whose source files stand for the test articles: one file per
/// article, named by its key, read back as that article. Removed by ``remove()``.
struct TemporaryLibrary {
  let folder: URL
  let sources: URL
  let library: Library
  let articles: [ArticleKey: Article]

  init(articles: [Article] = TestArticles.all) throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-tui-library-\(UUID().uuidString)")
    sources = folder.appendingPathComponent("articles")
    try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
    library = try Library.open(at: folder.appendingPathComponent("library.sqlite"))
    try library.addSource(sources)
    var byKey: [ArticleKey: Article] = [:]
    for article in articles { byKey[article.key] = article }
    self.articles = byKey
    try add(articles)
  }

  /// Writes source files for `articles` (indexed by the next run).
  func add(_ articles: [Article]) throws {
    for article in articles {
      let file = sources.appendingPathComponent(article.key.rawValue + ".txt")
      try Data(article.title.utf8).write(to: file)
    }
  }

  /// An indexer that reads each file as the article its name gives.
  func indexer(extra: [Article] = []) -> Indexer {
    var byKey = articles
    for article in extra { byKey[article.key] = article }
    let known = byKey
    return Indexer(
      library: library,
      readFile: { url in
        let key = ArticleKey(rawValue: url.deletingPathExtension().lastPathComponent)
        return known[key].map { [$0] } ?? []
      }, extractor: nil, batchSize: 3)
  }

  /// Indexes everything now.
  func index() throws {
    try indexer().run()
  }

  func remove() {
    try? FileManager.default.removeItem(at: folder)
  }
}
