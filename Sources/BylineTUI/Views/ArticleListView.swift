import BylineCore

/// The article list: a header line when a search, filter or sort is active, then one row per
/// article with unread and starred markers, the title (with the search's matches marked), the
/// date and the source, each cut to the pane by display columns with an ellipsis.
struct ArticleListView: View {
  /// The list to draw.
  var list: ArticleListState
  /// Whether the list has the focus (the selection is drawn either way).
  var isFocused: Bool
  /// Whether the library is being indexed (an empty list says so).
  var isIndexing: Bool
  /// The name of the entity the list is filtered by, when known.
  var entityName: String?

  init(
    list: ArticleListState, isFocused: Bool, isIndexing: Bool = false, entityName: String? = nil
  ) {
    self.list = list
    self.isFocused = isFocused
    self.isIndexing = isIndexing
    self.entityName = entityName
  }

  /// Draws the visible rows.
  func render(in area: Rect, on screen: inout Screen) {
    screen.fill(area, role: .listNormal)
    guard !area.isEmpty else { return }
    var area = area
    if let header = list.headerText(entityName: entityName) {
      screen.put(
        TextFit.truncated(header, toColumns: area.width - 1), column: area.x + 1, row: area.y,
        role: .title, clip: area)
      area = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
      guard !area.isEmpty else { return }
    }
    guard let count = list.count else {
      screen.put("Loading…", column: area.x + 1, row: area.y, role: .listMeta, clip: area)
      return
    }
    if count == 0 {
      let text =
        if list.filter.query != nil {
          "No matches"
        } else if isIndexing {
          "Indexing…"
        } else {
          list.filter != .all ? "No articles here" : "No articles"
        }
      screen.put(text, column: area.x + 1, row: area.y, role: .listMeta, clip: area)
      return
    }
    for offset in 0..<area.height {
      let row = list.top + offset
      guard row < count else { break }
      renderRow(row, y: area.y + offset, area: area, on: &screen)
    }
  }

  private func renderRow(_ row: Int, y: Int, area: Rect, on screen: inout Screen) {
    let selected = row == list.selected
    let line = Rect(x: area.x, y: y, width: area.width, height: 1)
    guard let summary = list.summary(at: row) else {
      screen.put("  …", column: area.x, row: y, role: .listMeta, clip: line)
      if selected { screen.setRole(.listSelected, row: y, columns: area.x..<area.maxX) }
      return
    }
    let marker = (summary.isRead ? " " : "●") + (summary.isStarred ? "★" : " ")
    var column = screen.put(marker, column: area.x, row: y, role: .listUnread, clip: line)
    let titleStart = column
    let meta = metaText(summary, room: area.width - 2)
    let metaWidth = DisplayWidth.columns(of: meta)
    let titleRoom = max(0, area.width - 2 - metaWidth)
    let title = TextFit.truncated(summary.title, toColumns: titleRoom)
    column = screen.put(
      title, column: column, row: y, role: summary.isRead ? .listNormal : .listUnread, clip: line)
    let titleEnd = column
    // A search hit shows its snippet after the title when there is room for some of it.
    var snippetPlace: (text: String, start: Int, end: Int)?
    let snippetRoom = titleRoom - DisplayWidth.columns(of: title) - 3
    if let snippet = summary.snippet, !snippet.isEmpty, let query = list.filter.query,
      snippetRoom >= 12
    {
      column = screen.put(" — ", column: column, row: y, role: .listMeta, clip: line)
      let first = Self.matches(of: query, in: snippet).map(\.start).min()
      let shown = TextFit.truncated(
        Self.window(snippet, showing: first, columns: snippetRoom), toColumns: snippetRoom)
      let end = screen.put(shown, column: column, row: y, role: .listMeta, clip: line)
      snippetPlace = (shown, column, end)
    }
    if metaWidth > 0 {
      screen.put(meta, column: area.maxX - metaWidth, row: y, role: .listMeta, clip: line)
    }
    if selected { screen.setRole(.listSelected, row: y, columns: area.x..<area.maxX) }
    mark(
      summary.titleMatches, in: summary.title, from: titleStart, to: titleEnd, row: y, on: &screen)
    if let snippetPlace, let query = list.filter.query {
      mark(
        Self.matches(of: query, in: snippetPlace.text), in: snippetPlace.text,
        from: snippetPlace.start, to: snippetPlace.end, row: y, on: &screen)
    }
  }

  /// Where the words of `query` occur in `text` (the library gives a snippet's text; its
  /// matches are found again here, case-insensitively).
  static func matches(of query: String, in text: String) -> [TextRange] {
    FullTextQuery.terms(in: query).flatMap {
      TextSearch.ranges(of: TextSearch.folded($0.text), in: text)
    }
  }

  /// `text` with its start cut (and marked `…`) so that the scalar offset `offset` is shown in
  /// `columns`, at least a third of them from the left, when it would not fit otherwise.
  static func window(_ text: String, showing offset: Int?, columns: Int) -> String {
    guard let offset else { return text }
    var scalars = 0
    var widths: [Int] = []
    var characters: [Character] = []
    for character in text {
      if scalars >= offset { break }
      scalars += character.unicodeScalars.count
      characters.append(character)
      widths.append(DisplayWidth.columns(of: character))
    }
    var before = widths.reduce(0, +)
    let rest = DisplayWidth.columns(of: text) - before
    guard before + rest > columns, before > columns / 3 else { return text }
    // Keep as much before the match as the room left after it allows (at least a third).
    let keep = max(columns / 3, columns - rest) - 1
    var dropped = 0
    while before > keep, dropped < widths.count {
      before -= widths[dropped]
      dropped += 1
    }
    return "…" + String(text.dropFirst(dropped))
  }

  /// Marks `matches` (Unicode scalar ranges of `text`) with `search.match`, where `text` was
  /// drawn from column `start` up to `end` (where it, or its ellipsis, ended).
  private func mark(
    _ matches: [TextRange], in text: String, from start: Int, to end: Int, row: Int,
    on screen: inout Screen
  ) {
    guard !matches.isEmpty else { return }
    var column = start
    var offset = 0
    for character in text {
      let scalars = character.unicodeScalars.count
      let width = TerminalSafety.displayable(character).map { DisplayWidth.columns(of: $0) } ?? 0
      let range = offset..<(offset + scalars)
      if matches.contains(where: {
        $0.start < range.upperBound && $0.end > range.lowerBound
      }) {
        screen.setRole(.searchMatch, row: row, columns: column..<min(column + width, end))
      }
      column += width
      offset += scalars
      if column >= end { break }
    }
  }

  /// The date and source part of a row, sized to the room there is. Its width depends only on
  /// the room, never on the row, so that dates and sources line up in columns.
  private func metaText(_ summary: ArticleSummary, room: Int) -> String {
    let date = Self.padded(summary.published.map(DateText.short) ?? "", to: Self.dateColumns)
    if room >= 64 {
      let columns = room >= 80 ? 16 : 12
      let source = TextFit.truncated(Self.shortSource(summary.source), toColumns: columns)
      return "  \(date)  \(Self.padded(source, to: columns)) "
    }
    if room >= 30 { return "  \(date) " }
    return ""
  }

  /// Columns of a short date (`2024-03-05`).
  static let dateColumns = 10

  /// `text` followed by spaces up to `columns` display columns.
  static func padded(_ text: String, to columns: Int) -> String {
    text + String(repeating: " ", count: max(0, columns - DisplayWidth.columns(of: text)))
  }

  /// The last part of a path or URL: what identifies a source in a narrow column.
  static func shortSource(_ source: String) -> String {
    var trimmed = Substring(source)
    while trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    if let range = trimmed.range(of: "://") {
      let rest = trimmed[range.upperBound...]
      return String(rest.split(separator: "/").first ?? rest)
    }
    return String(trimmed.split(separator: "/").last ?? trimmed)
  }
}
