/// A page in the body pane (entity page, article entities view): its lines from the page's
/// top, one row each cut to the pane, the selected item's rows in `list.selected`.
struct PageView: View {
  /// The page to draw.
  var page: PageState
  /// Whether the body has the focus (the selection is drawn either way).
  var isFocused: Bool

  init(page: PageState, isFocused: Bool) {
    self.page = page
    self.isFocused = isFocused
  }

  /// Draws the visible lines.
  func render(in area: Rect, on screen: inout Screen) {
    ScrolledLinesView(
      lines: page.lines, top: page.top, selectedItem: page.selected, fill: .bodyText
    )
    .render(in: area, on: &screen)
  }
}
