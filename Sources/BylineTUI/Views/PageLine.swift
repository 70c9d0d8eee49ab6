/// One row of scrolled lines (an entity page, the article entities view, the help screen):
/// styled pieces of text, and the selectable item it belongs to, if any.
public struct PageLine: Hashable, Sendable {
  /// A run of text in one role.
  public struct Piece: Hashable, Sendable {
    /// The text (already safe to show: it comes from sanitised content).
    public var text: String
    /// Its role.
    public var role: StyleRole

    /// Creates a piece.
    public init(_ text: String, _ role: StyleRole) {
      self.text = text
      self.role = role
    }
  }

  /// The pieces, left to right.
  public var pieces: [Piece]
  /// The index of the selectable item the line belongs to.
  public var item: Int?

  /// Creates a line.
  public init(_ pieces: [Piece], item: Int? = nil) {
    self.pieces = pieces
    self.item = item
  }

  /// An empty line.
  public static let blank = PageLine([])
}
