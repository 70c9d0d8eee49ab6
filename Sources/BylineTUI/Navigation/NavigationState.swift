import BylineCore

/// Entity navigation: the focused entity or link, the page shown in the body pane, the
/// reading history.
struct NavigationState: Hashable, Sendable {
  /// The most places the history keeps (the oldest are dropped).
  static let historyLimit = 200

  /// The focused entity mention or link of the open article.
  var focus: BodyFocus?
  /// Whether entity mentions are drawn in their kind's colours (`H`).
  var highlightsEntities = true
  /// The page shown in the body pane instead of the article, if any.
  var page: PageState?
  /// Places to go back to, oldest first.
  var back: [NavigationLocation] = []
  /// Places to go forward to again, nearest last.
  var forward: [NavigationLocation] = []
  /// Article counts and display names of entities asked about so far, by ID.
  var known: [String: EntityRecord] = [:]

  init() {}

  /// Adds `location` to the back history, dropping the oldest beyond the limit.
  mutating func pushBack(_ location: NavigationLocation) {
    back.append(location)
    if back.count > Self.historyLimit { back.removeFirst(back.count - Self.historyLimit) }
  }
}
