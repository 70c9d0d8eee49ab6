import BylineCore

extension Update {
  /// What a key did to the find prompt (the mode already says whether it is still open).
  static func editSearch(_ outcome: PromptInput.Outcome, input: String, _ state: inout AppState)
    -> [Effect]
  {
    switch outcome {
    case .editing:
      break
    case .cancelled:
      state.status = nil
    case .submitted:
      guard !input.isEmpty else {
        if !state.search.query.isEmpty { jumpToMatch(forward: true, &state) }
        return []
      }
      runSearch(input, &state)
    }
    return []
  }

  /// Finds every match of `query` in the open article and jumps to the first one at or after
  /// the top of the view.
  static func runSearch(_ query: String, _ state: inout AppState) {
    guard let article = state.body.article, let layout = state.body.layout else { return }
    let needle = TextSearch.folded(query)
    var matches: [SearchMatch] = []
    var byParagraph: [Int: [TextRange]] = [:]
    for (index, paragraph) in article.paragraphs.enumerated() {
      let ranges = TextSearch.ranges(of: needle, in: paragraph.text)
      guard !ranges.isEmpty else { continue }
      byParagraph[index] = ranges
      matches += ranges.map { SearchMatch(paragraph: index, range: $0) }
    }
    state.search.query = query
    state.search.matches = matches
    state.search.rangesByParagraph = byParagraph
    state.search.current = nil
    guard !matches.isEmpty else {
      state.status = StatusMessage("Not found: \(query)", isError: true)
      return
    }
    let here = layout.position(ofLine: state.body.top)
    let first =
      matches.firstIndex {
        TextPosition(paragraph: $0.paragraph, offset: $0.range.start) >= here
      } ?? 0
    show(match: first, &state)
  }

  /// Jumps to the next or previous match, wrapping around.
  static func jumpToMatch(forward: Bool, _ state: inout AppState) {
    let count = state.search.matches.count
    guard count > 0 else {
      state.status = StatusMessage(
        state.search.query.isEmpty ? "No search yet (/)" : "Not found: \(state.search.query)",
        isError: true)
      return
    }
    let current = state.search.current ?? (forward ? -1 : 0)
    show(match: ((current + (forward ? 1 : -1)) % count + count) % count, &state)
  }

  static func show(match index: Int, _ state: inout AppState) {
    guard let layout = state.body.layout else { return }
    let match = state.search.matches[index]
    state.search.current = index
    let line = layout.lineIndex(
      for: TextPosition(paragraph: match.paragraph, offset: match.range.start))
    scrollBody(to: line, &state)
    state.status = StatusMessage(
      "/\(state.search.query): match \(index + 1) of \(state.search.matches.count)")
  }
}
