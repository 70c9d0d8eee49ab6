import BylineCore

/// A page shown in the body pane in place of the article: its lines (one row each, cut to the
/// pane when drawn), its selectable items and the selection.
public struct PageState: Hashable, Sendable {
  /// Which page it is.
  enum Kind: Hashable, Sendable {
    /// An entity page, with the details shown and how many mentions were asked for.
    case entity(EntityDetails, mentionLimit: Int)
    /// The entities of one article.
    case articleEntities(ArticleKey)
    /// The files the last index run could not read and the sources it did not find.
    case indexProblems
    /// The sources with their counts and last outcomes.
    case sources

    /// The article an article entities view lists.
    var articleKey: ArticleKey? {
      if case .articleEntities(let key) = self { return key }
      return nil
    }
  }

  /// Which page it is.
  var kind: Kind
  /// The lines, top to bottom.
  var lines: [PageLine]
  /// The selectable items, in order.
  var items: [PageItem]
  /// The selected item.
  private(set) var selected = 0
  /// How far the page is scrolled.
  var scroll = Scroll()

  /// How many mentions an entity page asks for at first, and how many more each time the
  /// "more" row is chosen.
  public static let mentionPage = 50
  /// How many related entities an entity page shows.
  public static let relatedLimit = 12

  init(kind: Kind, lines: [PageLine], items: [PageItem]) {
    self.kind = kind
    self.lines = lines
    self.items = items
  }

  /// The article an article entities view lists.
  var articleKey: ArticleKey? { kind.articleKey }

  /// The entity an entity page is about.
  var entityID: String? {
    if case .entity(let details, _) = kind { return details.entity.id }
    return nil
  }

  /// The selected item, if there is any.
  var selectedItem: PageItem? {
    items.indices.contains(selected) ? items[selected] : nil
  }

  /// The first and last line of item `index`.
  func lineRange(ofItem index: Int) -> ClosedRange<Int>? {
    guard let first = lines.firstIndex(where: { $0.item == index }),
      let last = lines.lastIndex(where: { $0.item == index })
    else { return nil }
    return first...last
  }

  /// Selects item `index` (clamped) and scrolls so it is visible in `rows` rows.
  mutating func select(_ index: Int, visibleRows rows: Int) {
    selected = min(max(0, index), max(0, items.count - 1))
    keepVisible(rows: rows)
  }

  /// The first visible line.
  var top: Int { scroll.top }

  /// Scrolls so the selected item is on screen (the page's heading too while the first item
  /// fits under it), and the page not scrolled past its end.
  mutating func keepVisible(rows: Int) {
    guard let range = lineRange(ofItem: selected) else {
      scroll.scroll(by: 0, rows: rows, count: lines.count)
      return
    }
    let shown = selected == 0 && range.upperBound < max(1, rows) ? 0...range.upperBound : range
    scroll.reveal(shown, rows: rows, count: lines.count)
  }
}
