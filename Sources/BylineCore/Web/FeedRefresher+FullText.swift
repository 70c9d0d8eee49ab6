import Foundation

extension FeedRefresher {
  /// What fetching the pages of a full-text source's items gave.
  struct FullTextPages: Sendable {
    /// The items, those whose page was read with its main content as their text.
    var articles: [Article]
    /// The keys of the items whose page was read.
    var fetched: Set<ArticleKey>
    /// A note naming the pages that could not be read (their items keep their summary), or
    /// `nil` when none failed.
    var note: String?
  }

  /// For a full-text source: fetches the page of each item new to the library that carries
  /// only a summary (``FullTextPage/carriesOnlySummary(_:)``), at most
  /// ``FullTextPage/concurrency`` at once, and puts its main content in place of the summary.
  /// A page that cannot be read leaves its item's summary, and is named in the note. Items the
  /// library already holds are not fetched again.
  func fullTextPages(of items: [Article]) async -> FullTextPages {
    let known = (try? library.storedKeys(items.map(\.key))) ?? []
    let wanted = items.indices.filter {
      !known.contains(items[$0].key) && FullTextPage.carriesOnlySummary(items[$0])
    }
    var result = FullTextPages(articles: items, fetched: [], note: nil)
    guard !wanted.isEmpty else { return result }
    var failures: [(url: String, outcome: FeedOutcome)] = []
    await withTaskGroup(of: (Int, Result<Article, FeedOutcome>).self) { group in
      var next = 0
      func launch() {
        let index = wanted[next]
        next += 1
        let item = items[index]
        group.addTask { [fetcher] in (index, await FullTextPage.fetch(item, with: fetcher)) }
      }
      while next < min(wanted.count, FullTextPage.concurrency) { launch() }
      while let (index, fetched) = await group.next() {
        switch fetched {
        case .success(let full):
          result.articles[index] = full
          result.fetched.insert(full.key)
        case .failure(let outcome):
          failures.append((WebAddress.redacted(items[index].url ?? "(no link)"), outcome))
        }
        if next < wanted.count, !Task.isCancelled { launch() }
      }
    }
    if let first = failures.min(by: { $0.url < $1.url }) {
      result.note =
        "full text not read for \(failures.count) of \(wanted.count) items, summary kept "
        + "(first: \(first.url): \(first.outcome))"
    }
    return result
  }
}
