import BylineCore

/// The help screen: every action with its keys, drawn over the panes.
struct HelpView: View {
  /// The keymap in use (rebound keys show as bound).
  var keymap: Keymap
  /// The first visible line.
  var top: Int

  init(keymap: Keymap, top: Int) {
    self.keymap = keymap
    self.top = top
  }

  /// Draws the help, with ``scrollIndicator(lineCount:rows:)`` in the top right corner when
  /// it is longer than the screen.
  func render(in area: Rect, on screen: inout Screen) {
    let lines = lines()
    ScrolledLinesView(lines: lines, top: top, selectedItem: nil, fill: .normal)
      .render(in: area, on: &screen)
    guard let indicator = scrollIndicator(lineCount: lines.count, rows: area.height) else {
      return
    }
    let width = DisplayWidth.columns(of: indicator)
    guard width + 2 <= area.width else { return }
    let line = Rect(x: area.x, y: area.y, width: area.width, height: 1)
    screen.fill(
      Rect(x: area.maxX - width - 2, y: area.y, width: width + 2, height: 1), role: .normal)
    screen.put(indicator, column: area.maxX - width - 1, row: area.y, role: .title, clip: line)
  }

  /// `1/3 ↓`, `2/3 ↑↓`, `3/3 ↑`: the page shown of how many, and which ways the help scrolls;
  /// `nil` when it fits in `rows`. Pages are counted as `PgDn` turns them (a page is the rows
  /// less one, see ``Scroll``), so each press shows the next number.
  func scrollIndicator(lineCount: Int, rows: Int) -> String? {
    guard rows > 1, lineCount > rows else { return nil }
    let step = rows - 1
    let pages = 1 + (lineCount - rows + step - 1) / step
    let atEnd = top + rows >= lineCount
    let page = atEnd ? pages : min(pages, top / step + 1)
    let arrows = (top > 0 ? "↑" : "") + (atEnd ? "" : "↓")
    return "\(page)/\(pages) \(arrows)"
  }

  /// The help as lines: the heading, then each group's title and its actions in aligned
  /// columns (keys, config name, help text).
  func lines() -> [PageLine] {
    let help = HelpContent.lines(for: keymap)
    var keyWidth = 0
    var nameWidth = 0
    for case .action(let keys, let name, _) in help {
      keyWidth = max(keyWidth, min(22, keys.count))
      nameWidth = max(nameWidth, name.count)
    }
    var heading = HelpContent.heading
    heading[0] += "  (q, Esc or ? to close)"
    var lines = heading.map { PageLine([.init($0, .title)]) }
    for line in help {
      switch line {
      case .section(let title):
        lines.append(PageLine([.init(title, .bodyHeading)]))
      case .blank:
        lines.append(.blank)
      case .action(let keys, let name, let text):
        let shown = TextFit.truncated(keys, toColumns: keyWidth)
        let row =
          "  " + shown.padding(toLength: keyWidth, withPad: " ", startingAt: 0) + "  "
          + name.padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "  " + text
        lines.append(PageLine([.init(row, .normal)]))
      }
    }
    return lines
  }
}
