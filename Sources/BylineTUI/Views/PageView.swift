/// A page in the body pane (entity page, article entities view): its lines from the page's
/// top, one row each cut to the pane, the selected item's rows in `list.selected`.
public struct PageView: View {
  /// The page to draw.
  public var page: PageState
  /// Whether the body has the focus (the selection is drawn either way).
  public var isFocused: Bool

  /// Creates the view.
  public init(page: PageState, isFocused: Bool) {
    self.page = page
    self.isFocused = isFocused
  }

  /// Draws the visible lines.
  public func render(in area: Rect, on screen: inout Screen) {
    screen.fill(area, role: .bodyText)
    guard !area.isEmpty else { return }
    let text = Rect(x: area.x + 1, y: area.y, width: max(0, area.width - 2), height: area.height)
    for offset in 0..<area.height {
      let index = page.top + offset
      guard index < page.lines.count else { break }
      let line = page.lines[index]
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
      if let item = line.item, item == page.selected {
        screen.setRole(.listSelected, row: y, columns: area.x..<area.maxX)
      }
    }
  }
}
