import Foundation

/// The full text of a feed item: the main content of the page its link points to, read with
/// the web page reader and its main-content extraction, as `byline add PAGE` reads a page.
public enum FullTextPage {
  /// An item whose text is shorter than this (in characters, all paragraphs) carries only a
  /// summary: a full-text source fetches its page. Feeds that carry the whole story
  /// (`content:encoded`, Atom `content`) are left as they are.
  public static let summaryLimit = 1_500

  /// How many pages of one feed are fetched at once (the fetcher's own limit per host, 2,
  /// applies too).
  static let concurrency = 2

  /// Whether `article` carries only a summary (see ``summaryLimit``).
  public static func carriesOnlySummary(_ article: Article) -> Bool {
    var count = 0
    for paragraph in article.paragraphs {
      count += paragraph.text.count
      if count >= summaryLimit { return false }
    }
    return true
  }

  /// Fetches the page `article`'s link points to and returns `article` with the page's main
  /// content as its paragraphs (its key, title, date, author and address kept); a failure says
  /// why. Only http and https links are fetched.
  static func fetch(_ article: Article, with fetcher: HTTPFetcher) async
    -> Result<Article, FeedOutcome>
  {
    guard let link = article.url, WebAddress.parse(link) != nil else {
      return .failure(.invalidAddress)
    }
    switch await fetcher.fetch(link) {
    case .failure(let outcome):
      return .failure(outcome)
    case .response(let response):
      guard response.status == 200 else { return .failure(.httpStatus(response.status)) }
      guard case .page(let page?, _) = WebDocument.read(response.body, url: response.url),
        !page.paragraphs.isEmpty
      else {
        return .failure(.notAFeed("the link gives no web page with text"))
      }
      var full = article
      full.paragraphs = page.paragraphs
      if full.author == nil { full.author = page.author }
      return .success(full)
    }
  }

  /// Fetches the full text of `article` for the reader (its `F` key) and stores it through
  /// `indexer`, which tags and links it; returns the stored article, or why not (the summary
  /// then stays). Blocks the calling thread: call it from a background thread.
  public static func fetchAndStore(
    _ article: Article, indexer: Indexer, settings: FetchSettings
  ) -> Result<Article, FeedOutcome> {
    if settings.offline { return .failure(.skipped("offline")) }
    let fetcher: HTTPFetcher
    do {
      fetcher = try HTTPFetcher(settings: settings)
    } catch {
      return .failure(.skipped("\(error)"))
    }
    let result = BlockingTask.run {
      let result = await fetch(article, with: fetcher)
      await fetcher.shutdown()
      return result
    }
    guard case .success(let full) = result else { return result }
    do {
      guard try indexer.storeFullText(full) else {
        return .failure(.skipped("the article is no longer in the library"))
      }
    } catch {
      return .failure(.skipped("\(error)"))
    }
    // As stored: tagged and linked.
    return .success((try? indexer.library.article(for: full.key)) ?? full)
  }
}
