extension Screen {
  /// The screen as text: every row between bars (a wide glyph printed once, its continuation
  /// cell omitted, so rows line up on a terminal), then the role of every cell as a mask,
  /// then a legend of the symbols used.
  func snapshot() -> String {
    var text = ""
    var mask = ""
    var used = Set<StyleRole>()
    for row in 0..<height {
      text += "|"
      mask += "|"
      for column in 0..<width {
        let cell = self[column, row]
        if !cell.isContinuation { text.append(cell.character) }
        mask.append(cell.role.snapshotSymbol)
        used.insert(cell.role)
      }
      text += "|\n"
      mask += "|\n"
    }
    let legend = StyleRole.allCases.filter(used.contains)
      .map { "\($0.snapshotSymbol) \($0.rawValue)" }
      .joined(separator: "  ")
    return text + "roles:\n" + mask + "legend: " + legend + "\n"
  }

  /// The text of one row, continuation cells omitted, trailing spaces kept.
  public func text(ofRow row: Int) -> String {
    var line = ""
    for column in 0..<width where !self[column, row].isContinuation {
      line.append(self[column, row].character)
    }
    return line
  }
}
