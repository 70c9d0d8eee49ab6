import BylineCore

extension ArticleListState {
  /// Whether the list draws a header line (a search, a filter, or a sort other than by date).
  var showsHeader: Bool { filter != .all || order != .date }

  /// The header line: `search: "query" (N results)`, or the active filters and sort order
  /// with the count, such as `unread · starred · by source (12)`. `entityName` names the
  /// entity of an entity filter (its ID is shown otherwise).
  func headerText(entityName: String? = nil) -> String? {
    guard showsHeader else { return nil }
    let counted = count.map { CountText.grouped($0) } ?? "…"
    var parts: [String] = []
    if let query = filter.query {
      parts.append("search: \"\(query)\"")
    }
    if !filter.sourcePaths.isEmpty {
      let names = filter.sourcePaths.map { sourceNames[$0] ?? ArticleListView.shortSource($0) }
      parts.append("in " + (names.count == 1 ? names[0] : "\(names.count) sources"))
    }
    if let entityID = filter.entityID { parts.append("mentions \(entityName ?? entityID)") }
    if filter.unreadOnly { parts.append("unread") }
    if filter.starredOnly { parts.append("starred") }
    if filter.query == nil && order != .date { parts.append("by \(order.rawValue)") }
    let noun = filter.query != nil ? (count == 1 ? " result" : " results") : ""
    return parts.joined(separator: " · ") + " (\(counted)\(noun))"
  }

  /// Applies a saved reading state to the cached rows of the article with `key`.
  mutating func apply(_ reading: ReadingState, to key: ArticleKey) {
    for (page, rows) in pages {
      for index in rows.indices where rows[index].key == key {
        pages[page]?[index].isRead = reading.isRead
        pages[page]?[index].isStarred = reading.isStarred
      }
    }
  }
}
