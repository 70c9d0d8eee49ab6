/// Finds the main content of an HTML page, in the manner of Mozilla's Readability: paragraphs
/// are scored by their length and commas, their scores flow to their parents and grandparents,
/// class and id hints raise or lower a candidate, link-heavy candidates lose, and the best
/// candidate (with its siblings that score well too) is the article. Inside it, boilerplate
/// (bylines, share and subscribe blocks, link lists, forms) is dropped and headings, lists,
/// quotes and captions are kept in reading order.
///
/// Every pass walks the tree iteratively and looks at each element a bounded number of times,
/// so the time is linear in the page and deep nesting cannot exhaust the stack.
struct ContentExtractor {
  /// What was chosen.
  struct Extraction {
    var paragraphs: [Paragraph]
    /// The text of a byline element found (and dropped) in the content, if any.
    var byline: String?
    /// Characters of text in the chosen content.
    var length = 0
    /// Characters of text in the whole page's body.
    var pageLength = 0

    /// Whether the content stands out: it is long enough to be an article on its own, or it is
    /// most of a short page's text. Otherwise the page is better read whole.
    var standsOut: Bool {
      length >= ContentExtractor.retryLength || length * 2 >= pageLength
    }
  }

  /// Elements that do not end a paragraph.
  static let inline: Set<String> = [
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd",
    "mark", "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strike", "strong", "sub",
    "sup", "time", "tt", "u", "var", "wbr", "img", "picture", "source", "label", "del", "ins",
    "nobr",
  ]
  /// Elements that keep a `div` from reading as one paragraph.
  static let divToParagraphBlockers: Set<String> = [
    "blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul", "section", "article",
    "figure", "h1", "h2", "h3", "h4", "h5", "h6",
  ]
  static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]
  /// Elements scored as paragraphs.
  private static let paragraphTags: Set<String> = [
    "p", "pre", "td", "h2", "h3", "h4", "h5", "h6",
  ]
  /// Elements scored as paragraphs when no block is below them.
  private static let divLike: Set<String> = ["div", "section", "article", "main", "span"]
  /// Elements that may be dropped when their text looks like boilerplate.
  private static let conditional: Set<String> = [
    "form", "fieldset", "table", "ul", "ol", "div", "section", "aside",
  ]
  /// The text (in characters) under which the first attempt is retried without class hints.
  static let retryLength = 500

  /// The main content below `body`, or `nil` when no block stands out. `title` is the page's
  /// title, so a heading that repeats it can be dropped.
  static func extract(body: XMLNodePointer, title: String?) -> Extraction? {
    var best: Extraction? = nil
    var bestLength = 0
    for strict in [true, false] {
      let measure = ContentMeasure(body: body, stripUnlikely: strict)
      guard var found = extract(measure: measure, title: title, strict: strict) else { continue }
      found.length = found.paragraphs.reduce(0) { $0 + $1.text.unicodeScalars.count }
      found.pageLength = measure.records.first?.textLength ?? 0
      if found.length >= retryLength { return found }
      if found.length > bestLength {
        best = found
        bestLength = found.length
      }
    }
    return best
  }

  private static func extract(
    measure: ContentMeasure, title: String?, strict: Bool
  ) -> Extraction? {
    var records = measure.records
    guard !records.isEmpty else { return nil }
    score(&records, weighClasses: strict, singleArticle: measure.articleCount == 1)
    guard let top = topCandidate(records) else { return nil }
    let chosen = siblings(of: top, in: records, index: measure.index)
    var cleaner = ContentCleaner(
      records: records, index: measure.index, removed: measure.removed, title: title,
      conditional: strict)
    for node in chosen { cleaner.mark(node) }
    var extractor = HTMLTextExtractor()
    extractor.dropped = cleaner.dropped
    for node in chosen { extractor.add(node) }
    guard !extractor.paragraphs.isEmpty else { return nil }
    return Extraction(paragraphs: extractor.paragraphs, byline: measure.byline ?? cleaner.byline)
  }

  /// Gives every ancestor of a paragraph its share of the paragraph's score, then scales each
  /// score by the candidate's share of text that is not link text.
  private static func score(
    _ records: inout [NodeStats], weighClasses: Bool, singleArticle: Bool
  ) {
    for position in records.indices {
      let record = records[position]
      let start: Int
      let length: Int
      let commas: Int
      if paragraphTags.contains(record.tag)
        || (divLike.contains(record.tag) && !record.hasBlockDescendant)
      {
        start = record.parent
        length = record.textLength
        commas = record.commas
      } else if record.directTextLength >= 25, !inline.contains(record.tag) {
        start = position
        length = record.directTextLength
        commas = record.directCommas
      } else {
        continue
      }
      guard length >= 25, start >= 0 else { continue }
      let points = 1 + Double(commas) + Double(min(length / 100, 3))
      var ancestor = start
      var level = 0
      while ancestor >= 0, level < 5 {
        if records[ancestor].score == nil {
          records[ancestor].score = initialScore(
            records[ancestor], weighClasses: weighClasses, singleArticle: singleArticle)
        }
        let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
        records[ancestor].score? += points / divider
        ancestor = records[ancestor].parent
        level += 1
      }
    }
    for position in records.indices {
      guard let score = records[position].score else { continue }
      records[position].score = score * (1 - records[position].linkDensity)
    }
  }

  /// The score a candidate starts with: its element (an only `<article>` is a strong hint) and
  /// its class and id.
  private static func initialScore(
    _ record: NodeStats, weighClasses: Bool, singleArticle: Bool
  ) -> Double {
    var score: Double =
      switch record.tag {
      case "article": singleArticle ? 10 : 0
      case "div": 5
      case "pre", "td", "blockquote": 3
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": -3
      case "h1", "h2", "h3", "h4", "h5", "h6", "th": -5
      default: 0
      }
    if weighClasses { score += Double(record.hints.weight) }
    return score
  }

  /// The best candidate, moved up to a common ancestor when several near-best candidates share
  /// one, and up through parents that only wrap it.
  private static func topCandidate(_ records: [NodeStats]) -> Int? {
    var ranked: [(Int, Double)] = []
    for (position, record) in records.enumerated() {
      guard let score = record.score else { continue }
      ranked.append((position, score))
      if ranked.count > 5 {
        ranked.sort { $0.1 > $1.1 }
        ranked.removeLast()
      }
    }
    ranked.sort { $0.1 > $1.1 }
    guard var top = ranked.first?.0, let topScore = ranked.first?.1, topScore > 0 else {
      return nil
    }
    // Several close candidates under one ancestor: the ancestor is the article.
    let close = ranked.dropFirst().filter { $0.1 / topScore >= 0.75 }.map(\.0)
    if close.count >= 3 {
      var ancestor = records[top].parent
      while ancestor >= 0, records[ancestor].parent >= 0 {
        let inside = close.filter { isDescendant($0, of: ancestor, in: records) }.count
        if inside >= 3 {
          top = ancestor
          break
        }
        ancestor = records[ancestor].parent
      }
    }
    // A parent that scores better than the candidate takes over.
    var lastScore = records[top].score ?? 0
    let threshold = lastScore / 3
    var parent = records[top].parent
    while parent >= 0, records[parent].parent >= 0 {
      guard let parentScore = records[parent].score else {
        parent = records[parent].parent
        continue
      }
      if parentScore < threshold { break }
      if parentScore > lastScore {
        top = parent
        break
      }
      lastScore = parentScore
      parent = records[parent].parent
    }
    // A parent that only wraps the candidate is the same content.
    while records[top].parent >= 0, records[records[top].parent].parent >= 0 {
      let parent = records[top].parent
      let children = records[parent].node.elementChildren
      guard children.count == 1 else { break }
      top = parent
    }
    return top
  }

  private static func isDescendant(_ node: Int, of ancestor: Int, in records: [NodeStats]) -> Bool {
    var current = records[node].parent
    var steps = 0
    while current >= 0, steps < 64 {
      if current == ancestor { return true }
      current = records[current].parent
      steps += 1
    }
    return false
  }

  /// The candidate with the siblings that belong with it, in document order.
  private static func siblings(
    of top: Int, in records: [NodeStats], index: [XMLNodePointer: Int]
  ) -> [XMLNodePointer] {
    let candidate = records[top]
    let parent = candidate.parent
    guard parent >= 0 else { return [candidate.node] }
    let topScore = candidate.score ?? 0
    let threshold = max(10, topScore * 0.2)
    let topClass = candidate.node.attribute("class") ?? ""
    var chosen: [XMLNodePointer] = []
    for node in records[parent].node.elementChildren {
      if node == candidate.node {
        chosen.append(node)
        continue
      }
      guard let position = index[node] else { continue }
      let sibling = records[position]
      var bonus = 0.0
      if !topClass.isEmpty, node.attribute("class") == topClass { bonus = topScore * 0.2 }
      if let score = sibling.score, score + bonus >= threshold {
        chosen.append(node)
      } else if sibling.tag == "p" {
        let density = sibling.linkDensity
        if density < 0.25, sibling.textLength > 80 {
          chosen.append(node)
        } else if sibling.textLength < 80, sibling.textLength > 0, density == 0,
          endsSentence(node.textContent)
        {
          chosen.append(node)
        }
      }
    }
    return chosen
  }

  /// Whether a full stop ends the text or is followed by a space.
  private static func endsSentence(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    for (offset, scalar) in scalars.enumerated() where scalar == "." {
      if offset + 1 == scalars.count || scalars[offset + 1] == " " { return true }
    }
    return false
  }
}
