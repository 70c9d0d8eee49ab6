import BylineCore

/// The article list: a header line when a search, filter or sort is active, then one row per
/// article with unread and starred markers, the title (with the search's matches marked), the
/// date and the source, each cut to the pane by display columns with an ellipsis.
public struct ArticleListView: View {
  /// The list to draw.
  public var list: ArticleListState
  /// Whether the list has the focus (the selection is drawn either way).
  public var isFocused: Bool
  /// Whether the library is being indexed (an empty list says so).
  public var isIndexing: Bool
  /// The name of the entity the list is filtered by, when known.
  public var entityName: String?

  /// Creates the view.
  public init(
    list: ArticleListState, isFocused: Bool, isIndexing: Bool = false, entityName: String? = nil
  ) {
    self.list = list
    self.isFocused = isFocused
    self.isIndexing = isIndexing
    self.entityName = entityName
  }

  /// Draws the visible rows.
  public func render(in area: Rect, on screen: inout Screen) {
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
    if metaWidth > 0 {
      screen.put(meta, column: area.maxX - metaWidth, row: y, role: .listMeta, clip: line)
    }
    if selected { screen.setRole(.listSelected, row: y, columns: area.x..<area.maxX) }
    markMatches(summary, from: titleStart, to: column, row: y, on: &screen)
  }

  /// Marks the search's matches in the title (drawn from `start` up to `end`, which is where
  /// the title, or its ellipsis, ended).
  private func markMatches(
    _ summary: ArticleSummary, from start: Int, to end: Int, row: Int, on screen: inout Screen
  ) {
    guard !summary.titleMatches.isEmpty else { return }
    var column = start
    var offset = 0
    for character in summary.title {
      let scalars = character.unicodeScalars.count
      let width = TerminalSafety.displayable(character).map { DisplayWidth.columns(of: $0) } ?? 0
      let range = offset..<(offset + scalars)
      if summary.titleMatches.contains(where: {
        $0.start < range.upperBound && $0.end > range.lowerBound
      }) {
        screen.setRole(.searchMatch, row: row, columns: column..<min(column + width, end))
      }
      column += width
      offset += scalars
      if column >= end { break }
    }
  }

  /// The date and source part of a row, sized to the room there is.
  private func metaText(_ summary: ArticleSummary, room: Int) -> String {
    let date = summary.published.map(DateText.short) ?? ""
    let source = TextFit.truncated(
      Self.shortSource(summary.source), toColumns: room >= 60 ? 16 : 12)
    if room >= 64, !source.isEmpty {
      return date.isEmpty ? "  \(source) " : "  \(date)  \(source) "
    }
    if room >= 30, !date.isEmpty { return "  \(date) " }
    return ""
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
