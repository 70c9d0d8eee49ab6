extension ActionDescriptor {
  /// The entity navigation rows of the action table. They come after the general rows, so in
  /// the body `Tab` moves between entities (it still switches panes in the list) and
  /// `Backspace`/`h`/`Left` go back through the history (`q` keeps its "back" meaning).
  static let entityNavigation: [ActionDescriptor] = [
    ActionDescriptor(
      .nextEntity, keys: [.tab], help: "Next name or link in the article", panes: [.body]),
    ActionDescriptor(
      .previousEntity, keys: [.backTab], help: "Previous name or link in the article",
      panes: [.body]),
    ActionDescriptor(
      .follow, keys: [.enter],
      help: "Open the focused entity's page or link; choose the selected row of a page",
      panes: [.body]),
    ActionDescriptor(
      .toggleHighlights, keys: [.character("H")], help: "Entity highlighting off or on",
      panes: [.body]),
    ActionDescriptor(
      .articleEntities, keys: [.character("e")], help: "List the entities of this article",
      panes: [.body]),
    ActionDescriptor(
      .filterByEntity, keys: [.character("f")],
      help: "On an entity page: show only articles mentioning it in the list", panes: [.body]),
    ActionDescriptor(
      .historyBack, keys: [.backspace, .character("h"), .left],
      help: "Back to the previous article or page (else like q)", panes: [.body]),
    ActionDescriptor(
      .historyForward, keys: [.character("L")], help: "Forward again in the history",
      panes: [.body]),
  ]
}
