/// What colour alone shows on the screen, said in words for the right end of the status line
/// (the `status-cues on` setting): the pane the keys go to, the find matches and which one is
/// current, and whether entity highlighting is on. For terminals with few or no colours, screen
/// readers, and people who do not tell the theme's colours apart.
struct StatusCues: Hashable, Sendable {
  /// The cues in the order they are shown; the last ones are dropped first when room is short.
  var cues: [String]

  /// The cues for `focus` (`nil`: none; `onPage`: the body shows an entity page), a search for
  /// `query` with `matchCount` matches of which `current` (0-based) was jumped to last, and
  /// entity highlighting (`nil`: no article).
  init(
    focus: Pane?, onPage: Bool = false, query: String, matchCount: Int, current: Int?,
    highlighting: Bool?
  ) {
    var cues: [String] = []
    switch focus {
    case .list: cues.append("[list]")
    case .body: cues.append(onPage ? "[page]" : "[article]")
    case .help: cues.append("[help]")
    case nil: break
    }
    if !query.isEmpty {
      if matchCount == 0 {
        cues.append("no match")
      } else if let current, current < matchCount {
        cues.append("match \(current + 1)/\(matchCount)")
      } else {
        cues.append(matchCount == 1 ? "1 match" : "\(matchCount) matches")
      }
    }
    if let highlighting { cues.append(highlighting ? "highlights on" : "highlights off") }
    self.cues = cues
  }

  /// The cues for the reader's state; none unless the config turns them on. Highlighting is
  /// reported while an article is open (`H` switches it).
  init(state: AppState) {
    guard state.config.statusCues else {
      self.init(focus: nil, query: "", matchCount: 0, current: nil, highlighting: nil)
      return
    }
    self.init(
      focus: state.keyPane, onPage: state.navigation.page != nil, query: state.search.query,
      matchCount: state.search.matches.count, current: state.search.current,
      highlighting: state.body.article == nil ? nil : state.navigation.highlightsEntities)
  }

  /// The cues as one string followed by two spaces, dropping cues from the end until it takes
  /// at most `columns` columns; empty when there are none.
  func text(fitting columns: Int) -> String {
    var shown = cues
    while !shown.isEmpty {
      let text = shown.joined(separator: "  ") + "  "
      if text.count <= columns { return text }
      shown.removeLast()
    }
    return ""
  }
}
