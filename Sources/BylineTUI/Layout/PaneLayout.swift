/// Where each pane goes on a screen of a given size. Panes never overlap.
struct PaneLayout: Hashable, Sendable {
  /// The list pane (empty in reading mode).
  var list: Rect
  /// The body pane.
  var body: Rect
  /// The separator between the panes (empty in reading mode).
  var separator: Rect
  /// The status line.
  var status: Rect
  /// Whether the panes are side by side.
  var isSideBySide: Bool

  /// The narrowest terminal on which `auto` puts the panes side by side.
  static let sideBySideMinimumWidth = 100
  /// The smallest terminal Byline draws its panes on.
  static let minimumWidth = 20
  /// The smallest terminal height Byline draws its panes on.
  static let minimumHeight = 6

  /// Whether a terminal of this size is too small to draw the panes.
  static func isTooSmall(width: Int, height: Int) -> Bool {
    width < minimumWidth || height < minimumHeight
  }

  /// The fewest columns the list and the body keep when the separator is dragged.
  static let minimumPaneWidth = 10

  /// The list widths a dragged separator may give on a screen `width` columns wide: each
  /// pane keeps ``minimumPaneWidth`` columns.
  static func listWidths(screenWidth width: Int) -> ClosedRange<Int> {
    minimumPaneWidth...max(minimumPaneWidth, width - 1 - minimumPaneWidth)
  }

  /// Computes the layout for a `width` x `height` screen; `listWidth` is the list's width
  /// chosen by dragging the separator (side by side only; clamped to ``listWidths(screenWidth:)``),
  /// `nil` for the layout's own rule.
  init(
    width: Int, height: Int, mode: LayoutMode, readingMode: Bool, listWidth chosen: Int? = nil
  ) {
    let contentHeight = max(0, height - 1)
    status = Rect(x: 0, y: contentHeight, width: width, height: min(1, height))
    if readingMode {
      list = Rect(x: 0, y: 0, width: 0, height: 0)
      separator = list
      body = Rect(x: 0, y: 0, width: width, height: contentHeight)
      isSideBySide = false
      return
    }
    let side =
      switch mode {
      case .auto: width >= Self.sideBySideMinimumWidth
      case .side: true
      case .stacked: false
      }
    isSideBySide = side
    if side {
      var listWidth = max(10, min(width * 2 / 5, 60))
      if let chosen {
        let range = Self.listWidths(screenWidth: width)
        listWidth = min(max(chosen, range.lowerBound), range.upperBound)
      }
      list = Rect(x: 0, y: 0, width: listWidth, height: contentHeight)
      separator = Rect(x: listWidth, y: 0, width: 1, height: contentHeight)
      body = Rect(x: listWidth + 1, y: 0, width: width - listWidth - 1, height: contentHeight)
    } else {
      let listHeight = max(2, min(contentHeight / 3, 12))
      list = Rect(x: 0, y: 0, width: width, height: listHeight)
      separator = Rect(x: 0, y: listHeight, width: width, height: 1)
      body = Rect(
        x: 0, y: listHeight + 1, width: width, height: contentHeight - listHeight - 1)
    }
  }

  /// The columns of the body pane that hold text: at most `readingWidth` wide, one column of
  /// margin on each side, centred in reading mode.
  func textArea(readingWidth: Int, centred: Bool) -> Rect {
    let available = max(1, body.width - 2)
    let textWidth = min(available, max(10, readingWidth))
    let left = centred ? body.x + max(1, (body.width - textWidth) / 2) : body.x + 1
    return Rect(x: left, y: body.y, width: textWidth, height: body.height)
  }
}
