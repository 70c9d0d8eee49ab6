import BylineCore

/// An article reflowed to one text width: the lines, and the index that maps text positions to
/// lines and back (used to keep the reading position on resize and to jump to matches).
public struct ArticleLayout: Hashable, Sendable {
  /// The article laid out.
  var key: ArticleKey
  /// The text width in columns the lines were wrapped to.
  var width: Int
  /// The lines, top to bottom.
  public var lines: [LaidOutLine]
  /// For each paragraph, the index of its first line (the blank line before it, if any).
  var paragraphFirstLine: [Int]

  init(key: ArticleKey, width: Int, lines: [LaidOutLine], paragraphFirstLine: [Int]) {
    self.key = key
    self.width = width
    self.lines = lines
    self.paragraphFirstLine = paragraphFirstLine
  }

  /// The text position shown at the start of line `index` (offset `-1` for a line without
  /// text, such as the blank line before a paragraph).
  func position(ofLine index: Int) -> TextPosition {
    guard lines.indices.contains(index) else { return TextPosition(paragraph: -1, offset: -1) }
    let line = lines[index]
    return TextPosition(paragraph: line.paragraph, offset: line.firstOffset ?? -1)
  }

  /// The line that shows `position`: the last line of its paragraph starting at or before it.
  func lineIndex(for position: TextPosition) -> Int {
    guard !lines.isEmpty else { return 0 }
    var index: Int
    if position.paragraph < 0 {
      // A header line (the title, or the URL line below it): they come before the paragraphs.
      let headerEnd = min(lines.count, paragraphFirstLine.first ?? lines.count)
      index = lines[..<headerEnd].firstIndex { $0.paragraph == position.paragraph } ?? 0
    } else if position.paragraph < paragraphFirstLine.count {
      index = paragraphFirstLine[position.paragraph]
    } else {
      return lines.count - 1
    }
    var best = index
    while index < lines.count, lines[index].paragraph == position.paragraph {
      if let offset = lines[index].firstOffset {
        if offset > position.offset { break }
        best = index
      }
      index += 1
    }
    return best
  }
}
