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

  /// Draws the help.
  func render(in area: Rect, on screen: inout Screen) {
    ScrolledLinesView(lines: lines(), top: top, selectedItem: nil, fill: .normal)
      .render(in: area, on: &screen)
  }

  /// The help as lines: the heading, then each group's title and its actions in aligned
  /// columns (keys, config name, help text).
  func lines() -> [PageLine] {
    let help = HelpContent.lines(for: keymap)
    var keyWidth = 0
    var nameWidth = 0
    for case .action(let keys, let name, _) in help {
      keyWidth = max(keyWidth, min(18, keys.count))
      nameWidth = max(nameWidth, name.count)
    }
    var heading = HelpContent.heading
    heading[0] += "  (q or ? to close)"
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
