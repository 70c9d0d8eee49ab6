import BylineCore

extension Update {
  /// The entity navigation actions of the body. Returns `nil` for the others.
  static func performNavigation(_ action: Action, _ state: inout AppState) -> [Effect]? {
    switch action {
    case .nextEntity, .previousEntity:
      return moveFocus(forward: action == .nextEntity, &state)
    case .follow:
      return followFocus(&state)
    case .toggleHighlights:
      state.navigation.highlightsEntities.toggle()
      let word = state.navigation.highlightsEntities ? "on" : "off"
      state.status = StatusMessage("Entity highlighting \(word) (H)")
      return []
    case .articleEntities:
      return showArticleEntities(&state)
    case .filterByEntity:
      state.status = StatusMessage("f filters the list from an entity page (Enter on an entity)")
      return []
    case .historyBack:
      return goBack(&state)
    case .historyForward:
      return goForward(&state)
    default:
      return nil
    }
  }

  /// Moves the focus to the next (or previous) entity mention or link in reading order:
  /// from the focused one when it is on screen, else from the top (bottom) of the view.
  static func moveFocus(forward: Bool, _ state: inout AppState) -> [Effect] {
    guard let article = state.body.article, let layout = state.body.layout else { return [] }
    let targets = BodyFocus.targets(in: article, stops: state.config.entityStops)
    guard !targets.isEmpty else {
      state.status = StatusMessage("No entities or links in this article")
      return []
    }
    let top = state.body.top
    let bottom = top + state.bodyRows
    let index: Int?
    if let current = state.navigation.focus, let at = targets.firstIndex(of: current),
      lines(of: current, in: layout).overlaps(top..<bottom)
    {
      index = forward ? at + 1 : at - 1
    } else if forward {
      index = targets.firstIndex { lines(of: $0, in: layout).lowerBound >= top }
    } else {
      index = targets.lastIndex { lines(of: $0, in: layout).lowerBound < bottom }
    }
    guard let index, targets.indices.contains(index) else {
      state.status = StatusMessage(
        forward ? "No more entities or links below" : "No more entities or links above")
      return []
    }
    return focus(targets[index], context: 0, &state)
  }

  /// Focuses `target`, scrolls it into view (with `context` lines above it when scrolling is
  /// needed) and names it in the status line.
  static func focus(_ target: BodyFocus, context: Int, _ state: inout AppState) -> [Effect] {
    state.navigation.focus = target
    if let layout = state.body.layout {
      let span = lines(of: target, in: layout)
      let rows = state.bodyRows
      var top = state.body.top
      if span.upperBound > top + rows { top = min(span.lowerBound, span.upperBound - rows) }
      if span.lowerBound < top { top = span.lowerBound }
      if top != state.body.top {
        scrollBody(to: max(0, min(top, span.lowerBound - context)), &state)
      }
    }
    state.status = StatusMessage(describe(target, state))
    if let id = target.entityID, state.navigation.known[id] == nil {
      return [.loadEntityRecord(id: id)]
    }
    return []
  }

  /// The lines of the layout a target covers (end exclusive).
  static func lines(of target: BodyFocus, in layout: ArticleLayout) -> Range<Int> {
    let range = target.range
    let first = layout.lineIndex(
      for: TextPosition(paragraph: target.paragraph, offset: range.start))
    let last = layout.lineIndex(
      for: TextPosition(paragraph: target.paragraph, offset: max(range.start, range.end - 1)))
    return first..<(max(first, last) + 1)
  }

  /// What the status line says about a focused target: `Vladimir Putin · person · 14
  /// articles`, or the link's URL.
  static func describe(_ target: BodyFocus, _ state: AppState) -> String {
    switch target.target {
    case .link(let link):
      return "Link: \(link.url)"
    case .articleLink(let url):
      return "Article link: \(url) (Enter or o opens it)"
    case .entity(let span):
      let text =
        state.body.article.flatMap { article in
          article.paragraphs.indices.contains(target.paragraph)
            ? article.paragraphs[target.paragraph].text.unicodeScalarSlice(span.range) : nil
        } ?? ""
      guard let id = span.entityID else { return "\(text) · \(span.kind.rawValue)" }
      guard let record = state.navigation.known[id] else {
        return "\(text) · \(span.kind.rawValue)"
      }
      return
        "\(record.name) · \(record.kind.rawValue) · \(CountText.articles(record.articleCount))"
    }
  }

  /// `Enter` in the body: the focused entity's page, or the focused link.
  static func followFocus(_ state: inout AppState) -> [Effect] {
    guard let focus = state.navigation.focus else {
      state.status = StatusMessage("Tab to an entity or link first, then Enter")
      return []
    }
    switch focus.target {
    case .entity(let span):
      guard let id = span.entityID else {
        state.status = StatusMessage("This mention is not linked to an entity")
        return []
      }
      return [.loadEntityPage(id: id, mentionLimit: PageState.mentionPage)]
    case .link(let link):
      return [.resolveLink(url: absoluteURL(link.url, base: state.body.article?.url))]
    case .articleLink:
      return openArticleLink(&state)
    }
  }

  /// The results of navigation effects.
  static func applyNavigation(_ message: Message, _ state: inout AppState) -> [Effect] {
    switch message {
    case .entityPageLoaded(let id, let details, let limit):
      guard let details else {
        state.status = StatusMessage("No entity \(id) in the library", isError: true)
        return []
      }
      showEntityPage(details, mentionLimit: limit, &state)
      return []
    case .entityRecordLoaded(let record):
      state.navigation.known[record.id] = record
      if let focus = state.navigation.focus, focus.entityID == record.id,
        state.navigation.page == nil
      {
        state.status = StatusMessage(describe(focus, state))
      }
      return []
    case .linkResolved(let url, let key):
      return followLink(url, to: key, &state)
    default:
      return []
    }
  }
}
