import BylineCore

/// The article list: one row per article with an unread marker, the title, the date and the
/// source, each cut to the pane by display columns with an ellipsis.
public struct ArticleListView: View {
  /// The list to draw.
  public var list: ArticleListState
  /// Whether the list has the focus (the selection is drawn either way).
  public var isFocused: Bool

  /// Creates the view.
  public init(list: ArticleListState, isFocused: Bool) {
    self.list = list
    self.isFocused = isFocused
  }

  /// Draws the visible rows.
  public func render(in area: Rect, on screen: inout Screen) {
    screen.fill(area, role: .listNormal)
    guard !area.isEmpty else { return }
    guard let count = list.count else {
      screen.put("Loading…", column: area.x + 1, row: area.y, role: .listMeta, clip: area)
      return
    }
    if count == 0 {
      screen.put("No articles", column: area.x + 1, row: area.y, role: .listMeta, clip: area)
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
    let marker = summary.isRead ? "  " : "● "
    var column = screen.put(marker, column: area.x, row: y, role: .listUnread, clip: line)
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
  }

  /// The date and source part of a row, sized to the room there is.
  private func metaText(_ summary: ArticleSummary, room: Int) -> String {
    let date = summary.published.map(DateText.short) ?? ""
    let source = TextFit.truncated(
      Self.shortSource(summary.source), toColumns: room >= 60 ? 16 : 12)
    if room >= 44, !source.isEmpty {
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
