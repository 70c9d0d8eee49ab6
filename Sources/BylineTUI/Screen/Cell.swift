/// One cell of the screen grid: one grapheme and its style role.
///
/// A wide glyph (two columns) occupies its cell and the cell to its right; that right cell is
/// marked as a continuation, never left as a blank, so a diff always redraws the whole glyph.
struct Cell: Hashable, Sendable {
  /// The grapheme shown in the cell (a space when empty; unused in continuation cells).
  var character: Character
  /// What the cell is, for the theme to colour.
  var role: StyleRole
  /// Columns the glyph occupies: 1 or 2 (0 in a continuation cell).
  var width: UInt8

  /// Creates a cell holding `character`, `width` columns wide.
  init(_ character: Character, role: StyleRole, width: UInt8 = 1) {
    self.character = character
    self.role = role
    self.width = width
  }

  /// An empty cell of the given role.
  static func blank(_ role: StyleRole) -> Cell { Cell(" ", role: role) }

  /// The right half of a wide glyph.
  static func continuation(_ role: StyleRole) -> Cell { Cell(" ", role: role, width: 0) }

  /// Whether this is the right half of a wide glyph.
  var isContinuation: Bool { width == 0 }
}
