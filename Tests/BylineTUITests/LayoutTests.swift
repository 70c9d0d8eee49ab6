import Testing

@testable import BylineTUI

@Suite struct LayoutTests {
  @Test func panesNeverOverlapAtAnySize() {
    for width in stride(from: 20, through: 240, by: 7) {
      for height in stride(from: 6, through: 80, by: 5) {
        for mode in LayoutMode.allCases {
          for reading in [false, true] {
            let layout = PaneLayout(width: width, height: height, mode: mode, readingMode: reading)
            let rects = [layout.list, layout.separator, layout.body, layout.status]
              .filter { !$0.isEmpty }
            let screen = Rect(x: 0, y: 0, width: width, height: height)
            for (index, rect) in rects.enumerated() {
              #expect(rect.intersection(screen) == rect, "\(width)x\(height) \(mode)")
              for other in rects[(index + 1)...] {
                #expect(!rect.overlaps(other), "\(width)x\(height) \(mode) \(reading)")
              }
            }
          }
        }
      }
    }
  }

  @Test func autoLayoutIsSideBySideFrom100Columns() {
    #expect(PaneLayout(width: 100, height: 30, mode: .auto, readingMode: false).isSideBySide)
    #expect(!PaneLayout(width: 99, height: 30, mode: .auto, readingMode: false).isSideBySide)
    #expect(!PaneLayout(width: 200, height: 30, mode: .stacked, readingMode: false).isSideBySide)
  }

  @Test func viewsDrawOnlyInsideTheirArea() {
    var reader = ReaderHarness(width: 120, height: 30)
    reader.press(.enter)
    let state = reader.state
    let area = Rect(x: 10, y: 3, width: 25, height: 7)
    let views: [any View] = [
      ArticleListView(list: state.list, isFocused: true),
      ArticleBodyView(
        body: state.body, search: state.search,
        textArea: Rect(x: 11, y: 3, width: 60, height: 7)),
      StatusBarView(state: state), HelpView(keymap: Keymap(), top: 0),
      SeparatorView(isVertical: true),
    ]
    for view in views {
      var screen = Screen(width: 60, height: 14, role: .entityFocused)
      view.render(in: area, on: &screen)
      for row in 0..<14 {
        for column in 0..<60
        where !(column >= area.x && column < area.maxX && row >= area.y && row < area.maxY) {
          #expect(screen[column, row].role == .entityFocused, "\(type(of: view))")
        }
      }
    }
  }

  @Test func bodyTextIsCappedAtTheReadingWidth() {
    var config = ReaderConfig()
    config.readingWidth = 50
    var reader = ReaderHarness(width: 200, height: 40, config: config)
    reader.press(.character("G"), .character("k"), .enter, .character("z"))
    #expect(reader.state.textArea.width == 50)
    let longest = reader.rows.dropLast().map { $0.trimmingCharacters(in: .whitespaces).count }
      .max()
    #expect(longest.map { $0 <= 50 } == true)
  }
}
