extension PageState {
  /// What the status line says while the page is shown.
  var statusText: String {
    let position = items.isEmpty ? "" : "  \(selected + 1)/\(items.count)"
    switch kind {
    case .entity(let details, _):
      return "entity: \(details.entity.name)\(position)  Enter open · f filter list · ⌫ back"
    case .articleEntities:
      return "entities of this article\(position)  Enter open · ⌫ back"
    case .indexProblems:
      return "files the index could not read  ⌫ back"
    case .sources:
      return "sources\(position)  Enter show its articles · ⌫ back"
    }
  }
}
