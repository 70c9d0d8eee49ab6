import Foundation

/// The whole text of the web page an article was read from, without main-content extraction
/// (the reader's raw view, as `byline dump --raw`), tagged and linked as the indexer does.
public enum UnextractedArticle {
  /// What reading the page again gave.
  public enum Outcome: Hashable, Sendable {
    /// The page's whole text, with the key of the article it was read for.
    case article(Article)
    /// Nothing to show, and why (a file that is not a web page, or an unreadable one).
    case unavailable(String)
  }

  /// Reads `article`'s source file again without extraction. Only articles read from HTML
  /// pages have an unextracted text.
  public static func read(for article: Article) -> Outcome {
    let path = article.source
    let ingest: FileIngest
    do {
      ingest = try ArticleReader.readFile(
        at: URL(fileURLWithPath: path), options: IngestOptions(extractMainContent: false))
    } catch {
      return .unavailable("Cannot read \(path) again: \(error)")
    }
    guard ingest.format == .html, var raw = ingest.articles.first else {
      return .unavailable("The whole text is already shown: this article is not from a web page")
    }
    raw.key = article.key
    if let tagger = try? EntityTagger.bundled() {
      Indexer.documentTagging(with: tagger)(&raw)
    }
    EntityLinker.link(&raw)
    return .article(raw)
  }
}
