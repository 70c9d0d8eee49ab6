/// Decides, inside the chosen content, which elements are boilerplate: the byline (kept aside as
/// metadata), headings that repeat the title or carry negative class hints, share and subscribe
/// blocks, and (when `conditional` is set) blocks whose text is mostly links, form controls or
/// images, as Readability's `_cleanConditionally` does.
struct ContentCleaner {
  let records: [NodeStats]
  let index: [XMLNodePointer: Int]
  let title: String?
  let conditional: Bool
  /// The elements to leave out when the content is read.
  private(set) var dropped: Set<XMLNodePointer>
  /// The text of the first byline element met.
  private(set) var byline: String?

  init(
    records: [NodeStats], index: [XMLNodePointer: Int], removed: Set<XMLNodePointer>,
    title: String?, conditional: Bool
  ) {
    self.records = records
    self.index = index
    self.title = title
    self.conditional = conditional
    dropped = removed
  }

  /// Marks what to drop below `root`.
  mutating func mark(_ root: XMLNodePointer) {
    var tableDepth = 0
    var dataTableDepth = 0
    var figureDepth = 0
    var codeDepth = 0
    root.walk(
      enter: { node in
        guard node.isElement, let position = index[node] else { return false }
        let record = records[position]
        if shouldDrop(
          record, inDataTable: dataTableDepth > 0, inFigure: figureDepth > 0,
          inCode: codeDepth > 0, inTable: tableDepth > 0)
        {
          dropped.insert(node)
          return false
        }
        switch record.tag {
        case "table":
          tableDepth += 1
          if isDataTable(record) { dataTableDepth += 1 }
        case "figure": figureDepth += 1
        case "pre", "code": codeDepth += 1
        default: break
        }
        return true
      },
      exit: { node in
        guard node.isElement, !dropped.contains(node), let position = index[node] else { return }
        switch records[position].tag {
        case "table":
          tableDepth -= 1
          if isDataTable(records[position]) { dataTableDepth -= 1 }
        case "figure": figureDepth -= 1
        case "pre", "code": codeDepth -= 1
        default: break
        }
      })
  }

  private mutating func shouldDrop(
    _ record: NodeStats, inDataTable: Bool, inFigure: Bool, inCode: Bool, inTable: Bool
  ) -> Bool {
    let tag = record.tag
    if isByline(record) {
      if byline == nil {
        byline = TextSanitizer.sanitizeTitle(record.node.textContent)
      }
      return true
    }
    if tag == "h1" || tag == "h2" {
      if record.hints.weight < 0 { return true }
      if let title, record.textLength < title.count * 2 + 20,
        TextSimilarity.similarity(title, record.node.textContent) > 0.75
      {
        return true
      }
    }
    if record.hints.isShare, record.textLength < 500, tag != "body" { return true }
    guard conditional, Self.conditional(tag), !inDataTable, !inCode else { return false }
    if tag == "table", isDataTable(record) { return false }
    return isBoilerplate(record, inFigure: inFigure)
  }

  private static func conditional(_ tag: String) -> Bool {
    switch tag {
    case "form", "fieldset", "table", "ul", "ol", "div", "section", "aside": true
    default: false
    }
  }

  /// A short element named as a byline (class or id, `rel=author`, `itemprop=author`).
  private func isByline(_ record: NodeStats) -> Bool {
    guard record.textLength > 0, record.textLength < 100 else { return false }
    return record.hints.namesAuthor || record.hints.isByline
  }

  private func isDataTable(_ record: NodeStats) -> Bool {
    if record.headerCells > 0 { return true }
    if record.node.attribute("role")?.lowercased() == "presentation" { return false }
    return record.node.elementChildren.contains { $0.localName == "caption" }
  }

  private func isBoilerplate(_ record: NodeStats, inFigure: Bool) -> Bool {
    let weight = record.hints.weight
    if weight < 0 { return true }
    guard record.commas < 10 else { return false }
    var isList = record.tag == "ul" || record.tag == "ol"
    if !isList, record.textLength > 0 {
      isList = Double(record.listLength) / Double(record.textLength) > 0.9
    }
    let paragraphs = Double(record.paragraphs)
    let images = Double(record.images)
    let headingDensity =
      record.textLength == 0 ? 0 : Double(record.headingLength) / Double(record.textLength)
    let density = record.linkDensity
    let length = record.textLength
    if !inFigure, images > 1, paragraphs / images < 0.5 { return true }
    if !isList, Double(record.listItems - 100) > paragraphs { return true }
    if Double(record.inputs) > (paragraphs / 3).rounded(.down) { return true }
    if !isList, !inFigure, headingDensity < 0.9, length < 25,
      record.images == 0 || record.images > 2, density > 0
    {
      return true
    }
    if !isList, weight < 25, density > 0.2 { return true }
    if weight >= 25, density > 0.5 { return true }
    if (record.embeds == 1 && length < 75) || record.embeds > 1 { return true }
    return false
  }
}
