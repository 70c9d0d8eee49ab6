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
    let entries = HelpContent.lines(for: keymap)
    let keyWidth = min(18, entries.map { $0.keys.count }.max() ?? 0)
    let actionWidth = entries.map { $0.action.count }.max() ?? 0
    var lines: [(String, StyleRole)] = HelpContent.heading.map { ($0, StyleRole.title) }
    lines[0].0 += "  (q or ? to close)"
    for entry in entries {
      let keys = TextFit.truncated(entry.keys, toColumns: keyWidth)
      let text =
        keys.padding(toLength: keyWidth, withPad: " ", startingAt: 0) + "  "
        + entry.action.padding(toLength: actionWidth, withPad: " ", startingAt: 0) + "  "
        + entry.help
      lines.append((text, .normal))
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
