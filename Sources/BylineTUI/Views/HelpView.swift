/// The help screen: every action with its keys, drawn over the panes.
public struct HelpView: View {
  /// The keymap in use (rebound keys show as bound).
  public var keymap: Keymap
  /// The first visible line.
  public var top: Int

  /// Creates the view.
  public init(keymap: Keymap, top: Int) {
    self.keymap = keymap
    self.top = top
  }

  /// Draws the help.
  public func render(in area: Rect, on screen: inout Screen) {
    screen.fill(area, role: .normal)
    guard !area.isEmpty else { return }
    let help = HelpContent.lines(for: keymap)
    var keyWidth = 0
    var nameWidth = 0
    for case .action(let keys, let name, _) in help {
      keyWidth = max(keyWidth, min(18, keys.count))
      nameWidth = max(nameWidth, name.count)
    }
    var lines: [(String, StyleRole)] = HelpContent.heading.map { ($0, StyleRole.title) }
    lines[0].0 += "  (q or ? to close)"
    for line in help {
      switch line {
      case .section(let title):
        lines.append((title, .bodyHeading))
      case .blank:
        lines.append(("", .normal))
      case .action(let keys, let name, let text):
        let shown = TextFit.truncated(keys, toColumns: keyWidth)
        lines.append(
          (
            "  " + shown.padding(toLength: keyWidth, withPad: " ", startingAt: 0) + "  "
              + name.padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "  " + text,
            .normal
          ))
      }
    }
    for offset in 0..<area.height {
      let index = top + offset
      guard index < lines.count else { break }
      let clip = Rect(x: area.x + 1, y: area.y + offset, width: area.width - 2, height: 1)
      screen.put(
        TextFit.truncated(lines[index].0, toColumns: clip.width), column: clip.x, row: clip.y,
        role: lines[index].1, clip: clip)
    }
  }
}
