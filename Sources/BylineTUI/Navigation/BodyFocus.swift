import BylineCore

/// The entity mention or link that has the focus in the body (`Tab` / `Shift-Tab`).
struct BodyFocus: Hashable, Sendable {
  /// What is focused.
  enum Target: Hashable, Sendable {
    /// An entity mention.
    case entity(EntitySpan)
    /// A hyperlink.
    case link(Link)
    /// The article's own URL, shown in its header (``LaidOutLine/articleLink``).
    case articleLink(url: String)
  }

  /// The paragraph that holds it.
  var paragraph: Int
  /// The mention or link.
  var target: Target

  init(paragraph: Int, target: Target) {
    self.paragraph = paragraph
    self.target = target
  }

  /// Its text, in Unicode scalar offsets into the paragraph.
  var range: TextRange {
    switch target {
    case .entity(let span): span.range
    case .link(let link): link.range
    case .articleLink: TextRange(start: 0, end: Int(Int32.max))
    }
  }

  /// The linked entity's ID, for an entity mention that was linked.
  var entityID: String? {
    if case .entity(let span) = target { return span.entityID }
    return nil
  }

  /// Whether the cell at `offset` of paragraph `paragraph` is part of it.
  func covers(paragraph: Int, offset: Int) -> Bool {
    paragraph == self.paragraph && range.contains(offset)
  }

  /// The article's own link, then every entity mention and link of `article`, in reading
  /// order (by paragraph, then start); with `stops` `.names`, mentions of dates, amounts and
  /// percentages are left out (what `Tab` walks by default).
  static func targets(in article: Article, stops: EntityStops = .all) -> [BodyFocus] {
    var result: [BodyFocus] = []
    if let url = article.url, !url.isEmpty {
      result.append(BodyFocus(paragraph: LaidOutLine.articleLink, target: .articleLink(url: url)))
    }
    for (index, paragraph) in article.paragraphs.enumerated() {
      var here = paragraph.entities.filter { stops.stops(at: $0.kind) }
        .map { BodyFocus(paragraph: index, target: .entity($0)) }
      here += paragraph.links.map { BodyFocus(paragraph: index, target: .link($0)) }
      here.sort { $0.range < $1.range }
      result += here
    }
    return result
  }
}
