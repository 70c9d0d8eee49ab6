/// What an element's `class`, `id` and `role` say about it, in the manner of Readability: words
/// such as `article` or `content` mark likely article text, words such as `comment`, `sidebar`
/// or `share` mark boilerplate. Matching is by lower-cased substring, so it stays cheap on
/// pages with thousands of elements.
struct ClassHints {
  /// The lower-cased `class` and `id`, joined by a space.
  let text: String
  let role: String

  init(_ node: XMLNodePointer) {
    let classes = node.attribute("class") ?? ""
    let id = node.attribute("id") ?? ""
    text = (classes + " " + id).lowercased()
    role = (node.attribute("role") ?? "").lowercased()
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
  /// ARIA roles that are never the article.
  static let unlikelyRoles: Set<String> = [
    "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog",
  ]

  /// Whether the element is very unlikely to hold article text.
  var isUnlikely: Bool {
    if Self.unlikelyRoles.contains(role) { return true }
    return matches(Self.unlikely) && !matches(Self.maybeCandidate)
  }

  /// Whether the class or id names a byline.
  var isByline: Bool { matches(Self.byline) }

  /// Whether the class or id names a share or subscribe block.
  var isShare: Bool {
    matches(["share", "sharedaddy", "subscribe", "newsletter", "social"])
  }

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
    text.split(separator: " ").contains("hid")
  }

  /// Whether any of `words` occurs in the class or id.
  func matches(_ words: [String]) -> Bool {
    guard text.count > 1 else { return false }
    return words.contains { text.contains($0) }
  }
}
