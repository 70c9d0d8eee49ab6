import BylineCore
import Testing

@testable import BylineTUI

@Suite struct ReflowTests {
  @Test func everyTextCellMapsBackToItsParagraphAndScalarOffset() {
    for article in TestArticles.all {
      for width in [10, 23, 40, 80] {
        let layout = Reflow.layout(article, width: width)
        for line in layout.lines where line.paragraph >= 0 {
          let scalars = Array(article.paragraphs[line.paragraph].text.unicodeScalars)
          for cell in line.cells where cell.offset >= 0 {
            #expect(cell.character.unicodeScalars.first == scalars[Int(cell.offset)])
          }
        }
      }
    }
  }

  @Test func noLineIsWiderThanTheWidth() {
    for article in TestArticles.all {
      for width in [5, 12, 31, 80] {
        for line in Reflow.layout(article, width: width).lines {
          let columns = line.cells.reduce(0) { $0 + DisplayWidth.columns(of: $1.character) }
          #expect(columns <= width, "\(article.title) at \(width)")
        }
      }
    }
  }

  @Test func breaksAWordLongerThanTheLine() {
    let layout = Reflow.layout(TestArticles.cafe, width: 12)
    let lines = layout.lines.filter { $0.paragraph == 2 && !$0.cells.isEmpty }.map {
      String($0.cells.map(\.character))
    }
    #expect(lines.first == "Supercalifra")
    #expect(lines.joined().hasPrefix("Supercalifragilisticexpialidociousandmore"))
  }

  @Test func entityAndLinkSpansKeepTheirRolesAcrossLines() {
    let layout = Reflow.layout(TestArticles.federal, width: 20)
    let cells = layout.lines.filter { $0.paragraph == 0 }.flatMap(\.cells)
    let person = cells.filter { $0.role == .entityPerson }.map(\.character)
    #expect(String(person) == "Jerome Powell")
    #expect(String(cells.filter { $0.role == .bodyLink }.map(\.character)) == "Washington")
    #expect(String(cells.filter { $0.role == .entityDate }.map(\.character)) == "Friday")
  }

  @Test func lineForPositionFindsTheLineHoldingTheOffset() {
    let layout = Reflow.layout(TestArticles.long, width: 30)
    for index in layout.lines.indices where layout.lines[index].paragraph >= 0 {
      let position = layout.position(ofLine: index)
      #expect(layout.lineIndex(for: position) == index)
    }
  }

  @Test func reflowCacheReturnsTheSameLayoutForTheSameWidth() {
    var cache = ReflowCache()
    let first = cache.layout(of: TestArticles.long, width: 50)
    #expect(cache.contains(TestArticles.long.key, width: 50))
    #expect(!cache.contains(TestArticles.long.key, width: 51))
    #expect(cache.layout(of: TestArticles.long, width: 50) == first)
  }
}
