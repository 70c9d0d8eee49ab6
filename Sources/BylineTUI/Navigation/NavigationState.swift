import BylineCore

/// Entity navigation: the focused entity or link, the page shown in the body pane, the
/// reading history and the link waiting for confirmation.
public struct NavigationState: Hashable, Sendable {
  /// The most places the history keeps (the oldest are dropped).
  public static let historyLimit = 200

  /// The focused entity mention or link of the open article.
  public var focus: BodyFocus?
  /// Whether entity mentions are drawn in their kind's colours (`H`).
  public var highlightsEntities = true
  /// The page shown in the body pane instead of the article, if any.
  public var page: PageState?
  /// Places to go back to, oldest first.
  public var back: [NavigationLocation] = []
  /// Places to go forward to again, nearest last.
  public var forward: [NavigationLocation] = []
  /// What to do when the article being loaded arrives.
  public var arrival: Arrival?
  /// A link to another site waiting for `y` to open it in the browser.
  public var pendingLink: String?
  /// Article counts and display names of entities asked about so far, by ID.
  public var known: [String: EntityRecord] = [:]

  /// Creates an empty navigation state.
  public init() {}

  /// What to do when an article requested by navigation arrives.
  public enum Arrival: Hashable, Sendable {
    /// Focus the mention at `range` of `paragraph` of article `key` (an entity page's row).
    case focusMention(ArticleKey, paragraph: Int, range: TextRange, entityID: String)
    /// Put the view back as it was (history).
    case restore(ArticleLocation)
    /// Show this page over the article (history back to an article entities view).
    case page(PageState)

    /// The article the arrival waits for (another one arriving means the request failed or
    /// was overtaken, and the arrival is dropped).
    public var key: ArticleKey? {
      switch self {
      case .focusMention(let key, _, _, _): key
      case .restore(let place): place.key
      case .page(let page): page.kind.articleKey
      }
    }
  }

  /// Adds `location` to the back history, dropping the oldest beyond the limit.
  mutating func pushBack(_ location: NavigationLocation) {
    back.append(location)
    if back.count > Self.historyLimit { back.removeFirst(back.count - Self.historyLimit) }
  }
}
