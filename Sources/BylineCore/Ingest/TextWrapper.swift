/// Word-wraps text to a width in terminal columns (as ``DisplayWidth`` counts them): breaks at
/// spaces, keeps the text's own newlines and each line's leading indentation, and cuts words
/// longer than a line between graphemes.
public enum TextWrapper {
  /// The lines of `text` wrapped to `width` columns (at least 1).
  public static func wrap(_ text: String, width: Int) -> [String] {
    let width = max(1, width)
    var lines: [String] = []
    for sourceLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let indent = String(sourceLine.prefix(while: { $0 == " " }).prefix(width / 2))
      var line = indent
      var lineWidth = indent.count
      for word in sourceLine.split(separator: " ", omittingEmptySubsequences: true) {
        let wordWidth = DisplayWidth.columns(of: word)
        if lineWidth > indent.count, lineWidth + 1 + wordWidth <= width {
          line += " " + word
          lineWidth += 1 + wordWidth
          continue
        }
        if lineWidth > indent.count {
          lines.append(line)
          line = ""
          lineWidth = 0
        }
        if lineWidth + wordWidth <= width {
          line += word
          lineWidth += wordWidth
          continue
        }
        // A word longer than the line: cut it between graphemes.
        for character in word {
          let columns = DisplayWidth.columns(of: character)
          if lineWidth + columns > width, lineWidth > 0 {
            lines.append(line)
            line = ""
            lineWidth = 0
          }
          line.append(character)
          lineWidth += columns
        }
      }
      lines.append(line)
    }
    return lines
  }
}
