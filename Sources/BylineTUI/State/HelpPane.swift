/// The help screen's own state: how far it is scrolled.
public struct HelpPane: Hashable, Sendable {
  /// The first visible line.
  public var top = 0

  /// A help screen scrolled to the top.
  public init() {}

  /// The rows the help screen has on a terminal `height` rows high (all but the status line).
  static func rows(height: Int) -> Int { max(1, height - 1) }

  /// Scrolls for a movement action on a terminal `height` rows high; other actions do nothing.
  mutating func move(_ action: Action, height: Int) {
    let rows = Self.rows(height: height)
    let lastTop = max(0, HelpContent.lineCount - rows)
    switch action {
    case .moveDown: top += 1
    case .moveUp: top -= 1
    case .pageDown: top += rows
    case .pageUp: top -= rows
    case .halfPageDown: top += rows / 2
    case .halfPageUp: top -= rows / 2
    case .top: top = 0
    case .bottom: top = lastTop
    default: break
    }
    top = min(max(0, top), lastTop)
  }
}
