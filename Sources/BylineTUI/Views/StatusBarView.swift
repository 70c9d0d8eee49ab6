import BylineCore

/// The status line: the find prompt, or a message, or the article number; the position in
/// the article on the right.
struct StatusBarView: View {
  /// The state to describe.
  var state: AppState

  init(state: AppState) {
    self.state = state
  }

  /// Draws the line.
  func render(in area: Rect, on screen: inout Screen) {
    screen.fill(area, role: .status)
    guard !area.isEmpty else { return }
    var right = StatusCues(state: state).text(fitting: area.width / 2)
    if let percent = state.bodyPercent { right += "\(percent)%  " }
    right += "? help "
    let rightWidth = DisplayWidth.columns(of: right)
    let room = max(0, area.width - 1 - rightWidth - 1)
    if let prompt = Self.prompt(of: state.mode) {
      let shown = Self.tail(of: prompt, columns: max(0, room - 1))
      let end = screen.put(shown, column: area.x + 1, row: area.y, role: .status, clip: area)
      screen.put("_", column: end, row: area.y, role: .status, clip: area)
    } else if let message = state.status {
      let end = screen.put(
        TextFit.truncated(message.text, toColumns: room), column: area.x + 1, row: area.y,
        role: message.isError ? .statusError : .status, clip: area)
      putActivity(at: end, room: room + area.x + 1 - end, area: area, on: &screen)
    } else {
      var text = ""
      if let page = state.navigation.page, state.focus == .body || state.readingMode {
        text = page.statusText
      } else if let count = state.list.count, count > 0 {
        // The open article's place in the list; the selection's while none is open.
        let row = state.body.article == nil ? state.list.selected : Update.openArticleRow(state)
        text = row.map { "article \($0 + 1)/\(count)" } ?? CountText.articles(count)
        if state.readingMode { text += "  reading mode (z)" }
      }
      let end = screen.put(
        TextFit.truncated(text, toColumns: room), column: area.x + 1, row: area.y,
        role: .status, clip: area)
      putActivity(at: end, room: room + area.x + 1 - end, area: area, on: &screen)
    }
    if rightWidth < area.width {
      screen.put(right, column: area.maxX - rightWidth, row: area.y, role: .status, clip: area)
    }
  }

  /// Writes the indexing progress, or the summary of the last run, after the left text.
  private func putActivity(at column: Int, room: Int, area: Rect, on screen: inout Screen) {
    guard let activity = state.library.progressText ?? state.library.summary else { return }
    let separator = column > area.x + 1 ? " · " : ""
    let text = TextFit.truncated(separator + activity, toColumns: room)
    screen.put(text, column: column, row: area.y, role: .status, clip: area)
  }

  /// The prompt being typed, as the status line shows it, if one is open.
  static func prompt(of mode: InputMode) -> String? {
    switch mode {
    case .finding(let input): "/" + input
    case .searchingLibrary(let input): "search: " + input
    case .browsing, .help, .confirmingLink, .confirmingMarkRead: nil
    }
  }

  /// The end of `text` that fits in `columns` (the prompt scrolls left as it grows).
  static func tail(of text: String, columns: Int) -> String {
    var used = 0
    var result: [Character] = []
    for character in text.reversed() {
      let width = DisplayWidth.columns(of: character)
      if used + width > columns { break }
      used += width
      result.append(character)
    }
    return String(result.reversed())
  }
}
