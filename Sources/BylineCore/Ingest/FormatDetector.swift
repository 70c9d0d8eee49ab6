/// Picks the format of a file: by its content first (the first bytes), by its extension second,
/// plain text last.
///
/// Content rules, after a byte order mark, leading whitespace, an XML declaration and comments:
/// `<rss`, `<rdf:RDF` or `<feed` → feed (whatever the DOCTYPE); `<!DOCTYPE html`, `<html`, or a
/// document opening with a common HTML element → HTML; `{` with `"version": "https://jsonfeed.org/version/1…"` → JSON
/// Feed; `{` on each of the first lines → JSON Lines; `[` or a single `{` object → JSON; YAML
/// front matter (`---` then `key: value` lines) or a first line that is an ATX heading (`# `) →
/// Markdown.
enum FormatDetector {
  /// The format of a file at `path` whose text is `text`.
  static func format(of text: String, path: String) -> ArticleFormat {
    byContent(text) ?? byExtension(path) ?? .plainText
  }

  /// The format the content shows, or `nil` when it does not say.
  static func byContent(_ text: String) -> ArticleFormat? {
    let head = Substring(text.prefix(4096))
    let start = head.drop(while: { $0.isWhitespace })
    guard let first = start.first else { return nil }
    if first == "<" { return markup(start) }
    if first == "{" { return json(text) }
    if first == "[" { return .json }
    if isMarkdown(start) { return .markdown }
    return nil
  }

  /// The format the file name's extension suggests.
  static func byExtension(_ path: String) -> ArticleFormat? {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
    switch name[name.index(after: dot)...].lowercased() {
    case "md", "markdown", "mdown", "mkd": return .markdown
    case "html", "htm", "xhtml": return .html
    case "rss", "atom", "rdf", "xml": return .feed
    case "json": return .json
    case "jsonl", "ndjson": return .jsonLines
    case "txt", "text": return .plainText
    default: return nil
    }
  }

  private static func markup(_ start: Substring) -> ArticleFormat? {
    var rest = start
    var sawHTMLDoctype = false
    // Skip the XML declaration, processing instructions, comments and the DOCTYPE.
    while true {
      rest = rest.drop(while: { $0.isWhitespace })
      if rest.hasPrefix("<?") {
        guard let end = rest.range(of: "?>") else { return sawHTMLDoctype ? .html : nil }
        rest = rest[end.upperBound...]
      } else if rest.hasPrefix("<!--") {
        guard let end = rest.range(of: "-->") else { return sawHTMLDoctype ? .html : nil }
        rest = rest[end.upperBound...]
      } else if rest.prefix(9).lowercased() == "<!doctype" {
        // The root element decides, whatever the DOCTYPE says (an RSS file may carry an XHTML
        // one); a DOCTYPE cut off by the sniffing window still says HTML or not.
        if rest.prefix(14).lowercased() == "<!doctype html" { sawHTMLDoctype = true }
        guard let end = endOfDoctype(rest) else { return sawHTMLDoctype ? .html : nil }
        rest = rest[end...]
      } else {
        break
      }
    }
    let tag = rest.prefix(12).lowercased()
    if tag.hasPrefix("<rss") || tag.hasPrefix("<rdf:rdf") || tag.hasPrefix("<feed") {
      return .feed
    }
    let htmlStarts = [
      "<html", "<head", "<body", "<article", "<main", "<div", "<p>", "<p ", "<h1", "<h2",
      "<meta", "<title", "<section", "<table", "<ul", "<span", "<a ", "<b>", "<em", "<strong",
    ]
    if sawHTMLDoctype || htmlStarts.contains(where: { tag.hasPrefix($0) }) { return .html }
    return nil
  }

  /// The index after the `>` that closes the DOCTYPE at the start of `text` (outside its
  /// internal subset's brackets and outside quotes), or `nil` when it does not close.
  private static func endOfDoctype(_ text: Substring) -> Substring.Index? {
    var depth = 0
    var quote: Character? = nil
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      if let open = quote {
        if character == open { quote = nil }
      } else if character == "\"" || character == "'" {
        quote = character
      } else if character == "[" {
        depth += 1
      } else if character == "]" {
        depth = max(0, depth - 1)
      } else if character == ">", depth == 0 {
        return text.index(after: index)
      }
      index = text.index(after: index)
    }
    return nil
  }

  private static func json(_ text: String) -> ArticleFormat {
    let head = text.prefix(4096)
    if head.contains("jsonfeed.org/version/1") { return .json }
    // JSON Lines: the first two non-blank lines each open an object.
    let lines = head.split(separator: "\n").map { $0.drop(while: { $0.isWhitespace }) }
      .filter { !$0.isEmpty }
    if lines.count >= 2, lines[0].hasPrefix("{"), lines[1].hasPrefix("{"),
      lines[0].last == "}"
    {
      return .jsonLines
    }
    return .json
  }

  private static func isMarkdown(_ start: Substring) -> Bool {
    if start.hasPrefix("---\n") {
      let lines = start.split(separator: "\n", maxSplits: 3, omittingEmptySubsequences: false)
      return lines.count > 1 && lines[1].contains(":")
    }
    let firstLine = start.prefix(while: { $0 != "\n" })
    return firstLine.hasPrefix("# ") || firstLine.hasPrefix("## ")
  }
}
