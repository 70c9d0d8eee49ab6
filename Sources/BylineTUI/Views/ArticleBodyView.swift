import BylineCore

/// The open article: the visible lines of its layout, with search matches marked.
struct ArticleBodyView: View {
  /// The body to draw.
  var body: ArticleBodyState
  /// The current search (its matches are drawn with `search.match`, the one last jumped to
  /// with `search.current`).
  var search: SearchState
  /// Where the text goes inside the pane (the reading-width column).
  var textArea: Rect
  /// The focused entity or link, drawn with `entity.focused` on every line it covers.
  var focus: BodyFocus?
  /// Whether entity mentions are drawn in their kind's roles (else as the text around them).
  var highlightsEntities = true

  init(body: ArticleBodyState, search: SearchState, textArea: Rect) {
    self.body = body
    self.search = search
    self.textArea = textArea
  }

  /// Draws the visible lines.
  func render(in area: Rect, on screen: inout Screen) {
    screen.fill(area, role: .bodyText)
    guard !area.isEmpty else { return }
    guard let layout = body.layout else {
      let hint = "Select an article and press Enter"
      screen.put(
        TextFit.truncated(hint, toColumns: area.width - 2), column: area.x + 1, row: area.y,
        role: .bodyHeader, clip: area)
      return
    }
    let text = textArea.intersection(area)
    let current = search.current.flatMap {
      search.matches.indices.contains($0) ? search.matches[$0] : nil
    }
    for offset in 0..<area.height {
      let index = body.top + offset
      guard index < layout.lines.count else { break }
      let line = layout.lines[index]
      let matches = search.rangesByParagraph[line.paragraph] ?? []
      let y = area.y + offset
      var column = text.x
      let clip = Rect(x: text.x, y: y, width: text.width, height: 1)
      for cell in line.cells {
        var role = cell.role
        if !highlightsEntities, role.isEntity {
          role = baseRole(ofParagraph: line.paragraph)
        }
        if let focus, cell.offset >= 0,
          focus.covers(paragraph: line.paragraph, offset: Int(cell.offset))
        {
          role = .entityFocused
        } else if !matches.isEmpty, cell.offset >= 0, line.paragraph >= 0,
          matches.contains(where: { $0.contains(Int(cell.offset)) })
        {
          let isCurrent =
            current?.paragraph == line.paragraph
            && current?.range.contains(Int(cell.offset)) == true
          role = isCurrent ? .searchCurrent : .searchMatch
        }
        guard let next = screen.put(cell.character, column: column, row: y, role: role, clip: clip)
        else { break }
        column = next
      }
    }
  }

  /// The role of the text of a paragraph, as drawn without entity highlighting.
  func baseRole(ofParagraph index: Int) -> StyleRole {
    guard let article = body.article, article.paragraphs.indices.contains(index) else {
      return .bodyText
    }
    return switch article.paragraphs[index].kind {
    case .heading: .bodyHeading
    case .quote: .bodyQuote
    case .body, .listItem: .bodyText
    }
  }
}

extension StyleRole {
  /// Whether the role is one of the entity kinds' roles.
  var isEntity: Bool {
    EntityKind.allCases.contains { $0.styleRole == self }
  }
}
