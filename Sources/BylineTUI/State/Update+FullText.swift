import BylineCore

extension Update {
  /// `F` in an article: asks for the full text of the open article (the page its link points
  /// to, main content only), fetched and stored outside update; the status line says so.
  static func requestFullText(_ state: inout AppState) -> [Effect] {
    guard let article = state.body.article, state.navigation.page == nil else {
      state.status = StatusMessage("Open an article first")
      return []
    }
    guard let link = article.url, WebAddress.parse(link) != nil else {
      state.status = StatusMessage("This article has no http or https link to fetch")
      return []
    }
    state.status = StatusMessage("Fetching the full text of \(WebAddress.redacted(link))…")
    return [.fetchFullText(article)]
  }

  /// The full text arrived (or did not): the open article shows it at once, at the same place;
  /// on failure the summary stays and the status line says why.
  static func showFullText(_ key: ArticleKey, _ outcome: FullTextOutcome, _ state: inout AppState)
    -> [Effect]
  {
    switch outcome {
    case .failed(let reason):
      state.status = StatusMessage(
        "Full text not fetched: \(reason) (the summary stays)", isError: true)
    case .fetched(let article):
      state.status = StatusMessage("Full text fetched and stored")
      state.reflowCache.forget(key)
      guard state.body.article?.key == key else { return [] }
      state.body.article = article
      state.body.layout = nil
      state.body.extracted = nil
      state.navigation.focus = nil
      relayout(&state)
    }
    return []
  }
}
