/// Styled lines drawn from a first visible line, one row each, cut to the pane by display
/// columns with a column of margin on each side: the help screen and the pages shown in the
/// body pane. The rows of the selected item, if any, are drawn in `list.selected` across the
/// whole pane.
struct ScrolledLinesView: View {
  /// The lines, top to bottom.
  var lines: [PageLine]
  /// The first visible line.
  var top: Int
  /// The selectable item whose rows are drawn selected.
  var selectedItem: Int?
  /// The role of the pane's background.
  var fill: StyleRole

  /// Draws the visible lines.
  func render(in area: Rect, on screen: inout Screen) {
    screen.fill(area, role: fill)
    guard !area.isEmpty else { return }
    let text = Rect(x: area.x + 1, y: area.y, width: max(0, area.width - 2), height: area.height)
    for offset in 0..<area.height {
      let index = top + offset
      guard index >= 0, index < lines.count else { break }
      let line = lines[index]
      let y = area.y + offset
      let clip = Rect(x: text.x, y: y, width: text.width, height: 1)
      var column = text.x
      var room = text.width
      for piece in line.pieces where room > 0 {
        let shown = TextFit.truncated(piece.text, toColumns: room)
        let end = screen.put(shown, column: column, row: y, role: piece.role, clip: clip)
        room -= end - column
        column = end
      }
      if let item = line.item, item == selectedItem {
        screen.setRole(.listSelected, row: y, columns: area.x..<area.maxX)
      }
    }
  }
}
