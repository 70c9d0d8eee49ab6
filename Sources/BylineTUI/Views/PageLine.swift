/// One row of scrolled lines (an entity page, the article entities view, the help screen):
/// styled pieces of text, and the selectable item it belongs to, if any.
struct PageLine: Hashable, Sendable {
  /// A run of text in one role.
  struct Piece: Hashable, Sendable {
    /// The text (already safe to show: it comes from sanitised content).
    var text: String
    /// Its role.
    var role: StyleRole

    init(_ text: String, _ role: StyleRole) {
      self.text = text
      self.role = role
    }
  }

  /// The pieces, left to right.
  var pieces: [Piece]
  /// The index of the selectable item the line belongs to.
  var item: Int?

  init(_ pieces: [Piece], item: Int? = nil) {
    self.pieces = pieces
    self.item = item
  }

  /// An empty line.
  static let blank = PageLine([])
}
