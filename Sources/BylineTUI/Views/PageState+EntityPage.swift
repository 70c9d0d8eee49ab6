import BylineCore

extension PageState {
  /// The entity page for `details`: name (with its acronym), kind, variants, article count, the
  /// short names it shares with other entities ("Blair: also Cherie Blair"), the articles that
  /// mention it (newest first, each with a snippet, the mention highlighted), a "more" row when
  /// the store has more than `mentionLimit`, and the entities seen most often with it.
  static func entityPage(_ details: EntityDetails, mentionLimit: Int) -> PageState {
    let entity = details.entity
    let role = entity.kind.styleRole
    var lines: [PageLine] = [
      PageLine([.init(details.title, role)]),
      PageLine([
        .init("\(entity.kind.rawValue) · \(CountText.articles(entity.articleCount))", .bodyHeader)
      ]),
    ]
    if !details.variants.isEmpty {
      lines.append(
        PageLine([
          .init("Seen as: ", .bodyHeader),
          .init(details.variants.joined(separator: ", "), .bodyText),
        ]))
    }
    for note in details.aliasNotes {
      lines.append(PageLine([.init(note.text, .listMeta)]))
    }
    lines.append(.blank)
    lines.append(PageLine([.init("Articles, newest first", .bodyHeading)]))
    var items: [PageItem] = []
    for mention in details.mentions {
      let item = items.count
      items.append(
        .mention(
          mention.articleKey, paragraph: mention.paragraphIndex, range: mention.range,
          entityID: entity.id))
      let date = mention.published.map { DateText.short($0) + "  " } ?? ""
      lines.append(
        PageLine(
          [.init("  " + date, .listMeta), .init(mention.title, .bodyText)], item: item))
      lines.append(
        PageLine(
          [.init("    ", .bodyText)]
            + snippetPieces(mention.snippet, variants: details.variants, role: role),
          item: item))
    }
    if details.mentions.isEmpty {
      lines.append(PageLine([.init("  (no articles)", .listMeta)]))
    }
    let remaining = entity.articleCount - details.mentions.count
    if remaining > 0 {
      let item = items.count
      items.append(.moreMentions)
      lines.append(
        PageLine(
          [.init("  … \(CountText.grouped(remaining)) more (Enter shows more)", .listMeta)],
          item: item))
    }
    lines.append(.blank)
    lines.append(PageLine([.init("Often with", .bodyHeading)]))
    for related in details.related {
      let item = items.count
      items.append(.entity(id: related.entity.id))
      let together = CountText.articles(related.sharedArticles) + " together"
      lines.append(
        PageLine(
          [
            .init("  ", .bodyText), .init(related.entity.name, related.entity.kind.styleRole),
            .init(
              "  \(related.entity.kind.rawValue) · \(together)",
              .listMeta),
          ], item: item))
    }
    if details.related.isEmpty {
      lines.append(PageLine([.init("  (no other entity yet)", .listMeta)]))
    }
    return PageState(
      kind: .entity(details, mentionLimit: mentionLimit), lines: lines, items: items)
  }

  /// The snippet split so the first appearance of a variant (longest first) is in `role`.
  static func snippetPieces(
    _ snippet: String, variants: [String], role: StyleRole
  ) -> [PageLine.Piece] {
    let line = snippet.replacingOccurrences(of: "\n", with: " ")
    for variant in variants.sorted(by: { $0.count > $1.count }) where !variant.isEmpty {
      if let found = line.range(of: variant) {
        return [
          .init(String(line[..<found.lowerBound]), .bodyText),
          .init(String(line[found]), role),
          .init(String(line[found.upperBound...]), .bodyText),
        ].filter { !$0.text.isEmpty }
      }
    }
    return [.init(line, .bodyText)]
  }
}
