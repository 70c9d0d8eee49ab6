/// A place in an article's text: a paragraph and a Unicode scalar offset inside it.
struct TextPosition: Hashable, Sendable, Comparable {
  /// The paragraph index (``LaidOutLine/header`` for the header).
  var paragraph: Int
  /// The offset in Unicode scalars.
  var offset: Int

  init(paragraph: Int, offset: Int) {
    self.paragraph = paragraph
    self.offset = offset
  }

  /// Orders by paragraph, then offset.
  static func < (lhs: TextPosition, rhs: TextPosition) -> Bool {
    lhs.paragraph != rhs.paragraph ? lhs.paragraph < rhs.paragraph : lhs.offset < rhs.offset
  }
}
