import BylineCore

extension PageState {
  /// Every entity of `article`, grouped by kind (in ``EntityKind`` order), each once with the
  /// number of its mentions, most mentioned first; linked entities are selectable.
  static func articleEntities(_ article: Article) -> PageState {
    struct Entry {
      var id: String?
      var name: String
      var count: Int
      var first: Int
      var kinds: [EntityKind: Int] = [:]
    }
    // One entry per entity (an entity is one per name, whatever kind each mention has), listed
    // under the kind most of its mentions here have.
    var entries: [String: Entry] = [:]
    var order = 0
    for paragraph in article.paragraphs {
      for span in paragraph.entities {
        let text = paragraph.text.unicodeScalarSlice(span.range)
        let key = span.entityID ?? span.kind.rawValue + ":text:" + text
        var entry = entries[key] ?? Entry(id: span.entityID, name: text, count: 0, first: order)
        entry.count += 1
        entry.kinds[span.kind, default: 0] += 1
        if text.unicodeScalars.count > entry.name.unicodeScalars.count { entry.name = text }
        entries[key] = entry
        order += 1
      }
    }
    var byKind: [EntityKind: [Entry]] = [:]
    for entry in entries.values {
      let kind =
        EntityKind.allCases.filter { entry.kinds[$0] != nil }
        .max { (entry.kinds[$0] ?? 0) < (entry.kinds[$1] ?? 0) } ?? .misc
      byKind[kind, default: []].append(entry)
    }
    var lines: [PageLine] = [
      PageLine([.init("Entities in this article", .bodyHeading)]),
      PageLine([.init(article.title, .bodyHeader)]),
    ]
    var items: [PageItem] = []
    for kind in EntityKind.allCases {
      guard let entries = byKind[kind], !entries.isEmpty else { continue }
      let sorted = entries.sorted {
        $0.count != $1.count ? $0.count > $1.count : $0.first < $1.first
      }
      let mentions = sorted.reduce(0) { $0 + $1.count }
      lines.append(.blank)
      lines.append(
        PageLine([
          .init(kind.pluralName, kind.styleRole),
          .init("  \(sorted.count) · \(mentions) mention\(mentions == 1 ? "" : "s")", .listMeta),
        ]))
      for entry in sorted {
        var item: Int?
        if let id = entry.id {
          item = items.count
          items.append(.entity(id: id))
        }
        lines.append(
          PageLine(
            [
              .init("  ", .bodyText), .init(entry.name, kind.styleRole),
              .init("  ×\(entry.count)", .listMeta),
            ], item: item))
      }
    }
    if order == 0 {
      lines.append(.blank)
      lines.append(PageLine([.init("No entities found in this article.", .listMeta)]))
    }
    return PageState(kind: .articleEntities(article.key), lines: lines, items: items)
  }
}

extension EntityKind {
  /// The heading for a group of entities of this kind.
  var pluralName: String {
    switch self {
    case .person: "People"
    case .organization: "Organisations"
    case .location: "Places"
    case .misc: "Other names"
    case .date: "Dates"
    case .money: "Amounts of money"
    case .percent: "Percentages"
    }
  }
}
