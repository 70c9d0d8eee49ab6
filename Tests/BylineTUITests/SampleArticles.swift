import BylineCore

/// The bundled sample library, tagged and linked the way `byline` (ReadCommand) does it.
enum SampleArticles {
  /// The tagged and linked sample articles (computed once per test run).
  static let tagged: [Article] = {
    var articles = SampleLibrary.articles().articles
    guard let tagger = try? EntityTagger.bundled() else { return articles }
    let tag = Indexer.documentTagging(with: tagger)
    for index in articles.indices {
      tag(&articles[index])
      EntityLinker.link(&articles[index])
    }
    return articles
  }()
}
