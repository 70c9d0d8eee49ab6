import BylineCore

/// The article list: its size, the pages of summaries loaded so far, the selection and the
/// first visible row. Pages are asked of the store around the visible window and cached; the
/// list is never loaded whole.
public struct ArticleListState: Hashable, Sendable {
  /// Rows per page asked of the store.
  static let pageSize = 50
  /// Pages kept in the cache at most.
  static let cachedPages = 8

  /// The number of articles, once the store has said.
  public var count: Int?
  /// Loaded pages by page number.
  var pages: [Int: [ArticleSummary]] = [:]
  /// Pages asked for and not yet arrived.
  var requested: Set<Int> = []
  /// The selected row.
  private(set) var selected = 0
  /// How far the list is scrolled.
  var scroll = Scroll()
  /// Which articles the list shows (unread only, starred only, one entity, a full-text query).
  var filter = ArticleFilter.all
  /// How the list is sorted (a full-text query sorts by rank).
  var order = ArticleOrder.date
  /// The article to keep selected while the list reloads (the library grew), if any.
  var followKey: ArticleKey?
  /// The row to open when its page arrives (`J`/`K` onto a row whose page is not loaded).
  var openWhenLoaded: Int?
  /// The article whose row the store was asked for, to select it when the answer arrives
  /// (`Esc` after `byline PATH`: the article may be anywhere in the whole library).
  var locating: PendingLocation?
  /// The names of sources chosen in the sources view, by location, for the header
  /// (`in Example News` rather than the address's host).
  var sourceNames: [String: String] = [:]

  init() {}

  /// Forgets the count and every loaded page (after the filter or order changed, or the
  /// library grew), keeping the filter, the order and, clamped later, the selection.
  mutating func invalidate(keepingSelection: Bool) {
    count = nil
    pages = [:]
    requested = []
    openWhenLoaded = nil
    locating = nil
    if !keepingSelection {
      selected = 0
      scroll.top = 0
    }
  }

  /// Puts the selection back on `row` with `top` as the first visible row, without clamping
  /// (the list may not be counted yet); the next count clamps it.
  mutating func restoreSelection(row: Int, top: Int) {
    selected = max(0, row)
    scroll.top = max(0, top)
  }

  /// The summary in row `row`, if its page is loaded.
  public func summary(at row: Int) -> ArticleSummary? {
    let page = row / Self.pageSize
    guard let rows = pages[page] else { return nil }
    let index = row - page * Self.pageSize
    return rows.indices.contains(index) ? rows[index] : nil
  }

  /// The first visible row.
  var top: Int { scroll.top }

  /// Selects `row`, clamped to the list, and scrolls so it stays visible in `height` rows.
  mutating func select(_ row: Int, visibleRows height: Int) {
    let last = max(0, (count ?? 0) - 1)
    selected = min(max(0, row), last)
    scroll.reveal(selected...selected, rows: height, count: count ?? 0)
  }

  /// The pages needed to show `height` rows from `top` (with half a page either side) that
  /// are neither loaded nor asked for.
  func missingPages(visibleRows height: Int) -> [Int] {
    guard let count, count > 0 else { return [] }
    let from = max(0, top - Self.pageSize / 2) / Self.pageSize
    let to = min(count - 1, top + height + Self.pageSize / 2) / Self.pageSize
    return (from...to).filter { pages[$0] == nil && !requested.contains($0) }
  }

  /// Drops the cached pages furthest from the visible window, keeping at most
  /// ``cachedPages``.
  mutating func evictDistantPages() {
    guard pages.count > Self.cachedPages else { return }
    let centre = top / Self.pageSize
    let keep = pages.keys.sorted { abs($0 - centre) < abs($1 - centre) }
      .prefix(Self.cachedPages)
    pages = pages.filter { keep.contains($0.key) }
  }

  /// The row of the article with `key` among the loaded pages, if it is there.
  func row(of key: ArticleKey) -> Int? {
    for (page, rows) in pages {
      if let index = rows.firstIndex(where: { $0.key == key }) {
        return page * Self.pageSize + index
      }
    }
    return nil
  }

  /// Keeps the article with `key`, read just now, in an unread-only list until the list is next
  /// loaded afresh, so the rows after it keep their places (see ``ArticleFilter/keptRead``).
  mutating func keepWhileRead(_ key: ArticleKey) {
    // Each kept article is one SQL parameter of every list query; past a few thousand (far
    // more than a session reads) the rows are let go rather than the queries grown.
    if filter.unreadOnly && filter.keptRead.count < Self.keptReadLimit {
      filter.keptRead.insert(key)
    }
  }

  /// The most articles an unread-only list keeps while read.
  static let keptReadLimit = 5_000

  /// Marks the article with `key` as read in the cached pages.
  mutating func markRead(_ key: ArticleKey) {
    for (page, rows) in pages {
      if let index = rows.firstIndex(where: { $0.key == key }) {
        pages[page]?[index].isRead = true
      }
    }
  }
}
