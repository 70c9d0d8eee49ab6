import BylineCore

/// What to do when an article requested by navigation arrives. It travels in the
/// ``Effect/loadArticle(_:listRow:arrival:)`` effect and comes back in the
/// ``Message/articleLoaded(_:_:listRow:arrival:)`` message, so nothing waits in the state for
/// an article that may never come.
public enum Arrival: Hashable, Sendable {
  /// Focus the mention at `range` of `paragraph` of article `key` (an entity page's row).
  case focusMention(ArticleKey, paragraph: Int, range: TextRange, entityID: String)
  /// Put the view back as it was (history).
  case restore(ArticleLocation)
  /// Show this page over the article (history back to an article entities view).
  case page(PageState)
  /// Show article `key` in reading mode (`z` on a list row).
  case readingMode(ArticleKey)

  /// The article the arrival is for (it is dropped if it comes back with another one).
  var key: ArticleKey? {
    switch self {
    case .focusMention(let key, _, _, _): key
    case .restore(let place): place.key
    case .page(let page): page.kind.articleKey
    case .readingMode(let key): key
    }
  }
}
