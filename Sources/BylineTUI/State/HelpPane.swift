/// The help screen's own state: how far it is scrolled.
struct HelpPane: Hashable, Sendable {
  /// How far the help is scrolled.
  var scroll = Scroll()

  /// A help screen scrolled to the top.
  init() {}

  /// The first visible line.
  var top: Int { scroll.top }

  /// The rows the help screen has on a terminal `height` rows high (all but the status line).
  static func rows(height: Int) -> Int { max(1, height - 1) }

  /// Scrolls for a movement action, by the paging rule of ``Scroll``, on a terminal `height`
  /// rows high. Returns whether `action` was a movement.
  mutating func move(_ action: Action, height: Int) -> Bool {
    let rows = Self.rows(height: height)
    guard let distance = Scroll.distance(of: action, rows: rows) else { return false }
    scroll.scroll(by: distance, rows: rows, count: HelpContent.lineCount)
    return true
  }

  /// Keeps the help from being scrolled past its end on a terminal now `height` rows high.
  mutating func fit(height: Int) {
    scroll.scroll(by: 0, rows: Self.rows(height: height), count: HelpContent.lineCount)
  }
}
