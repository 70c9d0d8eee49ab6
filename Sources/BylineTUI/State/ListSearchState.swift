/// Where the selection was before the list was first searched or filtered, so that clearing
/// the filters can go back there (the prompt itself is ``InputMode/searchingLibrary(_:)``).
struct ListSearchState: Hashable, Sendable {
  /// The selected row and first visible row of the full list, saved when a search or filter
  /// was applied to it.
  var savedSelection: (row: Int, top: Int)? {
    get { savedRow.map { ($0, savedTop) } }
    set {
      savedRow = newValue?.row
      savedTop = newValue?.top ?? 0
    }
  }
  private var savedRow: Int?
  private var savedTop = 0

  init() {}
}
