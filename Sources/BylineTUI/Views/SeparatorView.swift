/// The line between the two panes.
struct SeparatorView: View {
  /// Whether the panes are side by side (a vertical line) or stacked (a horizontal one).
  var isVertical: Bool

  init(isVertical: Bool) {
    self.isVertical = isVertical
  }

  /// Draws the line.
  func render(in area: Rect, on screen: inout Screen) {
    let glyph: Character = isVertical ? "│" : "─"
    for row in area.y..<area.maxY {
      for column in area.x..<area.maxX {
        screen.put(glyph, column: column, row: row, role: .border, clip: area)
      }
    }
  }
}
