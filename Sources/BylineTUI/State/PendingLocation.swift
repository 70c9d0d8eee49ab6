import BylineCore

/// An article the list asked the store to find (its row in the list's filter and order), to
/// select it where it arrives, `screenRow` rows below the top of the pane as it was.
struct PendingLocation: Hashable, Sendable {
  /// The article to select.
  var key: ArticleKey
  /// How far below the first visible row it was shown.
  var screenRow: Int
}
