import CLibXML2

/// The measuring pass of ``ContentExtractor``: one iterative walk over the page's body that
/// records a ``NodeStats`` for every element it keeps, children after their parent's index is
/// known, so a record's `parent` always comes before it. Elements that can never be article text
/// (scripts, forms' controls, hidden elements) and, when `stripUnlikely` is set, elements whose
/// class or id marks them as boilerplate are left out and listed in ``removed``.
struct ContentMeasure {
  private(set) var records: [NodeStats] = []
  private(set) var index: [XMLNodePointer: Int] = [:]
  /// Elements left out of the article whatever is chosen.
  private(set) var removed: Set<XMLNodePointer> = []
  /// The text of the first byline element (by class or id, `rel=author` or
  /// `itemprop=author`, under 100 characters), which is left out of the article.
  private(set) var byline: String?
  /// How many `<article>` elements the page has.
  private(set) var articleCount = 0
  private var stack: [Int] = []
  private var owners: [Int] = []
  private var linkDepth = 0
  private var tableDepth = 0
  private var codeDepth = 0
  private let stripUnlikely: Bool

  /// Elements whose content is never article text.
  static let ignored: Set<String> = [
    "script", "style", "noscript", "template", "svg", "head", "title", "object", "embed",
    "iframe", "button", "select", "textarea", "input", "canvas", "math", "audio", "video", "map",
    "dialog", "link", "meta",
  ]

  /// Measures `body` and everything below it.
  init(body: XMLNodePointer, stripUnlikely: Bool) {
    self.stripUnlikely = stripUnlikely
    body.walk(enter: { enter($0) }, exit: { exit($0) })
  }

  private mutating func enter(_ node: XMLNodePointer) -> Bool {
    if node.isText {
      guard let top = stack.last else { return false }
      let (length, commas) = Self.measure(node)
      records[top].textLength += length
      records[top].commas += commas
      if linkDepth > 0 { records[top].linkLength += length }
      if let owner = owners.last {
        records[owner].directTextLength += length
        records[owner].directCommas += commas
      }
      return false
    }
    guard node.isElement else { return false }
    let tag = node.localName
    if Self.ignored.contains(tag) {
      if let top = stack.last {
        switch tag {
        case "input", "select", "textarea", "button": records[top].inputs += 1
        case "iframe", "object", "embed": records[top].embeds += 1
        default: break
        }
      }
      return false
    }
    let hints = ClassHints(node)
    if hints.isHidden {
      removed.insert(node)
      return false
    }
    if byline == nil, isByline(node, hints: hints) {
      if let text = Self.shortText(of: node, limit: 100) {
        byline = Self.itemName(below: node) ?? text
        removed.insert(node)
        return false
      }
    }
    if stripUnlikely && isUnlikely(tag: tag, hints: hints) {
      removed.insert(node)
      return false
    }
    let position = records.count
    records.append(NodeStats(node: node, parent: stack.last ?? -1, tag: tag, hints: hints))
    index[node] = position
    stack.append(position)
    let isBlock = !ContentExtractor.inline.contains(tag)
    owners.append(isBlock ? position : owners.last ?? position)
    switch tag {
    case "a": linkDepth += 1
    case "article": articleCount += 1
    case "table": tableDepth += 1
    case "code", "pre": codeDepth += 1
    default: break
    }
    return true
  }

  private mutating func exit(_ node: XMLNodePointer) {
    guard let top = stack.last, records[top].node == node else { return }
    stack.removeLast()
    owners.removeLast()
    switch records[top].tag {
    case "a": linkDepth -= 1
    case "table": tableDepth -= 1
    case "code", "pre": codeDepth -= 1
    default: break
    }
    let parent = records[top].parent
    if parent >= 0 { records[parent].absorb(records[top]) }
  }

  /// The element's text, sanitised, when it is not empty and shorter than `limit` characters;
  /// the walk stops descending past the limit, so a huge or deep element costs little.
  private static func shortText(of node: XMLNodePointer, limit: Int) -> String? {
    var parts: [String] = []
    var length = 0
    node.walkDescendants { child in
      guard length < limit * 4 else { return false }
      if child.isText {
        let text = child.textValue
        length += text.utf8.count
        parts.append(text)
        return false
      }
      return true
    }
    let text = TextSanitizer.sanitizeTitle(parts.joined())
    return text.isEmpty || text.count >= limit ? nil : text
  }

  /// The text of an `itemprop=name` element below `node` (the name in a longer byline).
  private static func itemName(below node: XMLNodePointer) -> String? {
    var name: String? = nil
    node.walkDescendants { child in
      guard name == nil, child.isElement else { return false }
      if child != node, child.attribute("itemprop")?.lowercased() == "name" {
        let text = TextSanitizer.sanitizeTitle(child.textContent)
        if !text.isEmpty { name = text }
        return false
      }
      return true
    }
    return name
  }

  private func isByline(_ node: XMLNodePointer, hints: ClassHints) -> Bool {
    hints.namesAuthor || hints.isByline
  }

  private func isUnlikely(tag: String, hints: ClassHints) -> Bool {
    guard tag != "body", tag != "a", tableDepth == 0, codeDepth == 0 else { return false }
    guard tag != "article", tag != "main" else { return false }
    return hints.isUnlikely
  }

  /// The characters (white-space runs as one) and commas in a text node.
  static func measure(_ node: XMLNodePointer) -> (length: Int, commas: Int) {
    guard var pointer = node.pointee.content else { return (0, 0) }
    var length = 0
    var commas = 0
    var inSpace = true
    while pointer.pointee != 0 {
      let byte = pointer.pointee
      if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
        if !inSpace { length += 1 }
        inSpace = true
      } else {
        inSpace = false
        // Count scalars, not bytes: skip UTF-8 continuation bytes.
        if byte & 0xC0 != 0x80 { length += 1 }
        if byte == UInt8(ascii: ",") { commas += 1 }
        // U+FF0C (，) and U+3001 (、) as in Readability.
        if byte == 0xEF || byte == 0xE3 {
          let next = pointer.advanced(by: 1).pointee
          let last = next == 0 ? 0 : pointer.advanced(by: 2).pointee
          if (byte == 0xEF && next == 0xBC && last == 0x8C)
            || (byte == 0xE3 && next == 0x80 && last == 0x81)
          {
            commas += 1
          }
        }
      }
      pointer = pointer.advanced(by: 1)
    }
    return (length, commas)
  }
}
