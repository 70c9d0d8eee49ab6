/// One grapheme placed by reflow, with where it came from.
struct LaidOutCell: Hashable, Sendable {
  /// The grapheme.
  var character: Character
  /// Its role (body text, heading, an entity kind, a link, decoration).
  var role: StyleRole
  /// Offset of its first Unicode scalar in the paragraph (or title) text; `-1` for decoration
  /// such as a quote bar or a list bullet.
  var offset: Int32

  /// Creates a laid-out cell.
  init(character: Character, role: StyleRole, offset: Int32) {
    self.character = character
    self.role = role
    self.offset = offset
  }
}

/// One line of a reflowed article: its cells, and the paragraph they come from, so every cell
/// maps back to (paragraph, scalar offset).
public struct LaidOutLine: Hashable, Sendable {
  /// The paragraph the line belongs to: its index in the article, ``LaidOutLine/header`` for
  /// the header, ``LaidOutLine/articleLink`` for the header's URL line, or
  /// ``LaidOutLine/blank`` for the space between paragraphs.
  var paragraph: Int
  /// The cells, left to right (wide glyphs once; the view reserves their width).
  var cells: [LaidOutCell]

  /// The paragraph index used for header lines.
  static let header = -1
  /// The paragraph index used for blank separator lines.
  static let blank = -2
  /// The paragraph index of the header line that shows the article's own URL (its cells'
  /// offsets count scalars of the URL as shown).
  static let articleLink = -3

  init(paragraph: Int, cells: [LaidOutCell]) {
    self.paragraph = paragraph
    self.cells = cells
  }

  /// The scalar offset of the first text cell (not decoration), if any.
  var firstOffset: Int? {
    cells.first { $0.offset >= 0 }.map { Int($0.offset) }
  }
}
