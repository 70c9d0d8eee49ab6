import BylineCore

/// One place in the reading history: an article at a reading position, or a page (entity
/// page, article entities view) with its selection.
enum NavigationLocation: Hashable, Sendable {
  /// An article.
  case article(ArticleLocation)
  /// An entity page or article entities view.
  case page(PageState)
}

/// Where the reader was in an article: enough to put the screen back as it was.
public struct ArticleLocation: Hashable, Sendable {
  /// The article.
  var key: ArticleKey
  /// Its row in the list, when opened from there.
  var listRow: Int?
  /// The text at the top of the view.
  var anchor: TextPosition
  /// The first visible line, valid for layouts `width` wide.
  var top: Int
  /// The text width the `top` line belongs to.
  var width: Int
  /// The focused entity or link.
  var focus: BodyFocus?

  init(
    key: ArticleKey, listRow: Int?, anchor: TextPosition, top: Int, width: Int,
    focus: BodyFocus?
  ) {
    self.key = key
    self.listRow = listRow
    self.anchor = anchor
    self.top = top
    self.width = width
    self.focus = focus
  }
}
