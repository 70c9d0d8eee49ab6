/// The library search prompt of the list (`/` in the list pane), and where the selection was
/// before the list was first filtered, so that clearing the filters can go back there.
public struct ListSearchState: Hashable, Sendable {
  /// Whether the prompt is open.
  public var isEditing = false
  /// The text typed into the prompt.
  public var input = ""
  /// The selected row and first visible row of the full list, saved when a search or filter
  /// was applied to it.
  public var savedSelection: (row: Int, top: Int)? {
    get { savedRow.map { ($0, savedTop) } }
    set {
      savedRow = newValue?.row
      savedTop = newValue?.top ?? 0
    }
  }
  private var savedRow: Int?
  private var savedTop = 0

  /// Creates a closed prompt.
  public init() {}
}
