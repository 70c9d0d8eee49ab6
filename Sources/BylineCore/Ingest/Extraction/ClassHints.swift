import CLibXML2

/// What an element's attributes say about it, in the manner of Readability: words in its
/// `class` and `id` such as `article` or `content` mark likely article text, words such as
/// `comment`, `sidebar` or `share` mark boilerplate; `role`, `rel`, `itemprop`, `hidden`,
/// `aria-hidden` and `style` are read in the same single pass over the attributes. Matching is by
/// lower-cased byte substring, so it stays cheap on pages with tens of thousands of elements.
struct ClassHints {
  /// The lower-cased `class` and `id`, joined by a space, as bytes.
  let text: [UInt8]
  let role: String
  /// Whether `rel=author` or `itemprop` names an author.
  let namesAuthor: Bool
  /// Whether the element is hidden (`hidden`, `aria-hidden=true`, `display:none`,
  /// `visibility:hidden`).
  let isHidden: Bool

  init(_ node: XMLNodePointer) {
    var classes: [UInt8] = []
    var id: [UInt8] = []
    var role = ""
    var namesAuthor = false
    var isHidden = false
    var attribute = node.pointee.properties
    while let current = attribute {
      defer { attribute = current.pointee.next }
      guard let name = current.pointee.name else { continue }
      let which = Self.readNames.firstIndex { Self.nameIs(name, $0) } ?? -1
      guard which >= 0 else { continue }
      let value = Self.lowerBytes(current)
      switch which {
      case 0: classes = value
      case 1: id = value
      case 2: role = String(decoding: value, as: UTF8.self)
      case 3: namesAuthor = namesAuthor || value == Array("author".utf8)
      case 4: namesAuthor = namesAuthor || Self.contains(value, "author")
      case 5: isHidden = true
      case 6: isHidden = isHidden || value == Array("true".utf8)
      default:
        let compact = value.filter { $0 != UInt8(ascii: " ") }
        isHidden =
          isHidden || Self.contains(compact, "display:none")
          || Self.contains(compact, "visibility:hidden")
      }
    }
    text = classes.isEmpty && id.isEmpty ? [] : classes + [UInt8(ascii: " ")] + id
    self.role = role
    self.namesAuthor = namesAuthor
    self.isHidden = isHidden
  }

  /// Words of elements that are very unlikely to hold the article (dropped before scoring,
  /// unless ``maybeCandidate`` also matches).
  static let unlikely = [
    "-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap",
    "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark",
    "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
    "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote", "newsletter", "cookie",
  ]
  /// Words that rescue an element from ``unlikely``.
  static let maybeCandidate = [
    "and", "article", "body", "column", "content", "main", "mathjax", "shadow",
  ]
  /// Words of elements likely to hold the article.
  static let positive = [
    "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination",
    "post", "text", "blog", "story",
  ]
  /// Words of elements likely to be boilerplate.
  static let negative = [
    "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr",
    "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox",
    "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget", "newsletter", "subscribe",
    "cookie",
  ]
  /// Words of byline elements.
  static let byline = ["byline", "author", "dateline", "writtenby", "p-author"]
  /// Words of share and subscribe blocks.
  static let share = ["share", "sharedaddy", "subscribe", "newsletter", "social"]
  /// ARIA roles that are never the article.
  static let unlikelyRoles: Set<String> = [
    "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog",
  ]

  /// Whether the element is very unlikely to hold article text.
  var isUnlikely: Bool {
    if !role.isEmpty, Self.unlikelyRoles.contains(role) { return true }
    return matches(Self.unlikely) && !matches(Self.maybeCandidate)
  }

  /// Whether the class or id names a byline.
  var isByline: Bool { matches(Self.byline) }

  /// Whether the class or id names a share or subscribe block.
  var isShare: Bool { matches(Self.share) }

  /// +25 for a positive word, -25 for a negative one (class and id together).
  var weight: Int {
    guard text.count > 1 else { return 0 }
    var weight = 0
    if matches(Self.negative) || isHidWord { weight -= 25 }
    if matches(Self.positive) { weight += 25 }
    return weight
  }

  /// Whether `hid` stands alone as a class or id (Readability's hidden marker).
  private var isHidWord: Bool {
    text.split(separator: UInt8(ascii: " ")).contains { $0.elementsEqual("hid".utf8) }
  }

  /// Whether any of `words` occurs in the class or id.
  func matches(_ words: [String]) -> Bool {
    guard text.count > 1 else { return false }
    return words.contains { Self.contains(text, $0) }
  }

  /// Whether `word` (ASCII) occurs in `bytes`.
  static func contains(_ bytes: [UInt8], _ word: String) -> Bool {
    var found = false
    word.utf8.withContiguousStorageIfAvailable { needle in
      guard let first = needle.first, needle.count <= bytes.count else { return }
      let last = bytes.count - needle.count
      var start = 0
      while start <= last {
        if bytes[start] == first {
          var offset = 1
          while offset < needle.count, bytes[start + offset] == needle[offset] { offset += 1 }
          if offset == needle.count {
            found = true
            return
          }
        }
        start += 1
      }
    }
    return found
  }

  /// The attributes read, in the order the initialiser's `switch` expects.
  private static let readNames = [
    "class", "id", "role", "rel", "itemprop", "hidden", "aria-hidden", "style",
  ].map { Array($0.utf8) }

  /// Whether the attribute name `name` is `word` (lower-case ASCII), ignoring case.
  private static func nameIs(_ name: UnsafePointer<xmlChar>, _ word: [UInt8]) -> Bool {
    var offset = 0
    while offset < word.count {
      let byte = name[offset]
      if byte == 0 { return false }
      let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
      if lower != word[offset] { return false }
      offset += 1
    }
    return name[offset] == 0
  }

  /// The attribute's value, ASCII letters lower-cased.
  private static func lowerBytes(_ attribute: UnsafeMutablePointer<xmlAttr>) -> [UInt8] {
    var value: [UInt8] = []
    var child = attribute.pointee.children
    while let node = child {
      if var pointer = node.pointee.content {
        while pointer.pointee != 0 {
          let byte = pointer.pointee
          value.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
          pointer = pointer.advanced(by: 1)
        }
      }
      child = node.pointee.next
    }
    return value
  }
}
