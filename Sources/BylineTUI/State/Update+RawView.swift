import BylineCore

extension Update {
  /// `R`: the open web page's whole unextracted text, or back to the extracted article.
  static func toggleRaw(_ state: inout AppState) -> [Effect] {
    if let extracted = state.body.extracted {
      state.body.article = extracted
      state.body.extracted = nil
      state.body.anchor = state.body.extractedAnchor
      leaveRawLayout(&state)
      state.status = StatusMessage("Extracted article shown (R: the whole page)")
      return []
    }
    guard let article = state.body.article else {
      state.status = StatusMessage("Open an article first (Enter)")
      return []
    }
    state.status = StatusMessage("Reading the whole page…")
    return [.loadUnextracted(article)]
  }

  /// The raw view's text came back: show it from its top, unless another article was opened.
  static func showUnextracted(
    _ key: ArticleKey, _ outcome: UnextractedArticle.Outcome, _ state: inout AppState
  ) -> [Effect] {
    guard let article = state.body.article, article.key == key, state.body.extracted == nil
    else { return [] }
    switch outcome {
    case .unavailable(let why):
      state.status = StatusMessage(why)
    case .article(let raw):
      state.body.extracted = article
      state.body.extractedAnchor = state.body.anchor
      state.body.article = raw
      state.body.anchor = TextPosition(paragraph: LaidOutLine.header, offset: -1)
      leaveRawLayout(&state)
      state.status = StatusMessage("Whole page shown, unextracted (R: the article)")
    }
    return []
  }

  /// Lays the body out again for the text now shown, dropping the focus and the find.
  private static func leaveRawLayout(_ state: inout AppState) {
    state.body.layout = nil
    state.navigation.focus = nil
    state.search = SearchState()
    relayout(&state)
  }
}
