import BylineCore

extension Update {
  /// Lines the wheel moves a pane per notch.
  static let wheelLines = 3

  /// A mouse report: hit-tested against the pane layout, then carried out with the actions the
  /// keys use, so the mouse and the keys behave the same. The wheel scrolls the pane under the
  /// pointer; a click selects a list row (a double click opens it), selects a page row (a
  /// double click chooses it), or focuses an entity or link (a click on the focused one follows
  /// it); the separator of the side-by-side layout can be dragged. Prompts and link
  /// confirmations ignore the mouse.
  static func handle(_ event: MouseEvent, milliseconds: Int, _ state: inout AppState)
    -> [Effect]
  {
    guard !state.isTooSmall else { return [] }
    switch event.kind {
    case .release:
      state.mouse.isDraggingSeparator = false
      return []
    case .drag:
      guard state.mouse.isDraggingSeparator, event.button == .left else { return [] }
      return dragSeparator(to: event.column, &state)
    case .wheelUp, .wheelDown:
      return wheel(down: event.kind == .wheelDown, at: event, &state)
    case .press:
      guard event.button == .left else { return [] }
      return press(at: event, milliseconds: milliseconds, &state)
    }
  }

  /// The wheel: scrolls the help, or the pane under the pointer, as `j`/`k` would there
  /// (without moving the keys' focus).
  static func wheel(down: Bool, at event: MouseEvent, _ state: inout AppState) -> [Effect] {
    let action: Action = down ? .moveDown : .moveUp
    switch state.mode {
    case .help(var help):
      for _ in 0..<wheelLines { _ = help.move(action, height: state.height) }
      state.mode = .help(help)
      return []
    case .browsing:
      break
    case .finding, .searchingLibrary, .confirmingLink:
      return []
    }
    state.status = nil
    let layout = state.paneLayout
    var effects: [Effect] = []
    if layout.list.contains(column: event.column, row: event.row) {
      for _ in 0..<wheelLines { effects += performInList(action, &state) ?? [] }
    } else if layout.body.contains(column: event.column, row: event.row) {
      for _ in 0..<wheelLines { effects += performInBody(action, &state) ?? [] }
    }
    return effects
  }

  /// A press of the left button: on the separator it starts a drag; on a pane it gives the
  /// pane the keys' focus and acts on what is under the pointer.
  static func press(at event: MouseEvent, milliseconds: Int, _ state: inout AppState)
    -> [Effect]
  {
    guard state.mode == .browsing else { return [] }
    let isDouble = state.mouse.press(
      column: event.column, row: event.row, milliseconds: milliseconds)
    state.status = nil
    state.library.summary = nil
    let layout = state.paneLayout
    let (column, row) = (event.column, event.row)
    if layout.isSideBySide, layout.separator.contains(column: column, row: row) {
      state.mouse.isDraggingSeparator = true
      return []
    }
    if layout.list.contains(column: column, row: row) {
      return clickList(row: row - layout.list.y, isDouble: isDouble, &state)
    }
    if layout.body.contains(column: column, row: row) {
      if !state.readingMode { state.focus = .body }
      if state.navigation.page != nil {
        return clickPage(row: row - layout.body.y, isDouble: isDouble, &state)
      }
      return clickArticle(column: column, row: row - layout.body.y, &state)
    }
    return []
  }

  /// A click on the list, `offset` rows below its top: selects the row there; a double click
  /// opens it (as `Enter`).
  static func clickList(row offset: Int, isDouble: Bool, _ state: inout AppState) -> [Effect] {
    state.focus = .list
    let index = offset - (state.list.showsHeader ? 1 : 0)
    guard index >= 0, let count = state.list.count, state.list.top + index < count else {
      return []
    }
    state.list.select(state.list.top + index, visibleRows: state.listRows)
    var effects = pageEffects(&state)
    if isDouble { effects += performInList(.open, &state) ?? [] }
    return effects
  }

  /// A click on a page shown in the body, `offset` rows below its top: selects the item
  /// there; a double click chooses it (as `Enter`).
  static func clickPage(row offset: Int, isDouble: Bool, _ state: inout AppState) -> [Effect] {
    guard var page = state.navigation.page else { return [] }
    let index = page.top + offset
    guard page.lines.indices.contains(index), let item = page.lines[index].item else {
      return []
    }
    page.select(item, visibleRows: state.bodyRows)
    state.navigation.page = page
    return isDouble ? performOnPage(.follow, &state) ?? [] : []
  }

  /// A click on the article, `offset` rows below the body's top: focuses the entity mention
  /// or link under the pointer (as `Tab` would), or follows it when it has the focus already
  /// (as `Enter`).
  static func clickArticle(column: Int, row offset: Int, _ state: inout AppState) -> [Effect] {
    guard let article = state.body.article, let layout = state.body.layout,
      let position = textPosition(
        column: column, line: state.body.top + offset, in: layout, textArea: state.textArea)
    else { return [] }
    guard
      let target = BodyFocus.targets(in: article).first(where: {
        $0.covers(paragraph: position.paragraph, offset: position.offset)
      })
    else { return [] }
    if state.navigation.focus == target { return followFocus(&state) }
    return focus(target, context: 0, &state)
  }

  /// The text position of the cell drawn at `column` on layout line `line`, as
  /// ``ArticleBodyView`` draws the line from the text area's left edge; `nil` past the text,
  /// on decoration and on lines without text.
  static func textPosition(column: Int, line: Int, in layout: ArticleLayout, textArea: Rect)
    -> TextPosition?
  {
    guard layout.lines.indices.contains(line), column >= textArea.x, column < textArea.maxX
    else { return nil }
    let laidOut = layout.lines[line]
    guard laidOut.paragraph >= 0 else { return nil }
    var left = textArea.x
    for cell in laidOut.cells {
      let width = TerminalSafety.displayable(cell.character).map { DisplayWidth.columns(of: $0) }
      let right = left + min(2, width ?? 0)
      if column >= left, column < right {
        return cell.offset >= 0
          ? TextPosition(paragraph: laidOut.paragraph, offset: Int(cell.offset)) : nil
      }
      left = right
      if left > column { break }
    }
    return nil
  }

  /// A drag of the separator to `column`: the list becomes that wide (kept for the session),
  /// and the body is laid out again for its new width.
  static func dragSeparator(to column: Int, _ state: inout AppState) -> [Effect] {
    let range = PaneLayout.listWidths(screenWidth: state.width)
    let width = min(max(column, range.lowerBound), range.upperBound)
    guard width != state.paneLayout.list.width else { return [] }
    state.listWidth = width
    relayout(&state)
    state.list.select(state.list.selected, visibleRows: state.listRows)
    return pageEffects(&state)
  }
}
