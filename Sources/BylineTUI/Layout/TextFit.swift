import BylineCore

/// Fitting text into a number of display columns.
enum TextFit {
  /// `text` cut to at most `columns` display columns, ending with an ellipsis when cut.
  /// Control characters are measured (and returned) as the visible replacements the screen
  /// shows for them (see ``TerminalSafety``).
  static func truncated(_ text: String, toColumns columns: Int) -> String {
    guard columns > 0 else { return "" }
    let text = String(text.compactMap(TerminalSafety.displayable))
    var used = 0
    var result = ""
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      let width = DisplayWidth.columns(of: character)
      if used + width > columns { break }
      used += width
      result.append(character)
      index = text.index(after: index)
    }
    if index == text.endIndex { return result }
    // Make room for the ellipsis.
    while used + 1 > columns, let last = result.popLast() {
      used -= DisplayWidth.columns(of: last)
    }
    return result + "…"
  }
}
