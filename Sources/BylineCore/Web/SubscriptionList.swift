import Foundation

/// Reads and writes lists of subscriptions: OPML 1.0 and 2.0, and newsboat's `urls` file.
public enum SubscriptionList {
  /// What reading a list gave: the subscriptions, and notes about lines skipped.
  public struct Reading: Hashable, Sendable {
    /// The subscriptions, in file order.
    public var subscriptions: [Subscription] = []
    /// Notes naming the file and line of what was skipped.
    public var notes: [String] = []
  }

  /// Reads `text` from `path`: OPML when it starts with markup, else a newsboat `urls` file.
  public static func read(_ text: String, path: String) -> Reading {
    let start = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
    return start.hasPrefix("<") ? readOPML(text, path: path) : readURLs(text, path: path)
  }

  /// The outlines with an `xmlUrl`; the `text` (or `title`) of enclosing outlines is the folder.
  static func readOPML(_ text: String, path: String) -> Reading {
    var reading = Reading()
    let parsed: Void? = LibXML.withXMLDocument(text) { root, problem in
      if let problem {
        reading.notes.append(
          "\(path):\(problem.line.map(String.init) ?? "?"): malformed OPML, read what could be "
            + "recovered: \(problem.message)")
      }
      guard root.localName == "opml" else {
        reading.notes.append("\(path): not OPML: the root element is <\(root.localName)>")
        return
      }
      var folders: [String?] = []
      root.walk(
        enter: { node in
          guard node.isElement else { return false }
          guard node.localName == "outline" else { return true }
          let name = (node.attribute("text") ?? node.attribute("title")).map(
            TextSanitizer.sanitizeTitle)
          if let url = node.attribute("xmlurl")?.trimmingCharacters(in: .whitespaces),
            !url.isEmpty
          {
            let folder = folders.compactMap { $0 }.joined(separator: "/")
            reading.subscriptions.append(
              Subscription(
                url: url, title: name.flatMap { $0.isEmpty ? nil : $0 },
                folder: folder.isEmpty ? nil : folder))
          }
          folders.append(node.attribute("xmlurl") == nil ? name : nil)
          return true
        },
        exit: { node in
          if node.isElement, node.localName == "outline" { folders.removeLast() }
        })
    }
    if parsed == nil { reading.notes.append("\(path): unreadable XML: no root element") }
    return reading
  }

  /// newsboat's `urls`: a URL a line, then tags (`"quoted"` when they hold spaces); a tag
  /// `~Name` is the title; the first other tag (not `!`) the folder. Comments (`#`) are
  /// skipped, and so are `query:`, `exec:` and `filter:` lines, with a note.
  static func readURLs(_ text: String, path: String) -> Reading {
    var reading = Reading()
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !line.isEmpty, !line.hasPrefix("#") else { continue }
      let words = words(of: line)
      guard let url = words.first else { continue }
      let lower = url.lowercased()
      if lower.hasPrefix("query:") || lower.hasPrefix("exec:") || lower.hasPrefix("filter:") {
        let kind = lower.prefix { $0 != ":" }
        reading.notes.append(
          "\(path):\(index + 1): a newsboat \(kind) feed is not supported; skipped")
        continue
      }
      guard WebAddress.isWebAddress(url) else {
        reading.notes.append(
          "\(path):\(index + 1): not an http or https URL: \(WebAddress.redacted(url)); skipped")
        continue
      }
      var subscription = Subscription(url: url)
      for tag in words.dropFirst() {
        if tag.hasPrefix("~") {
          subscription.title = TextSanitizer.sanitizeTitle(String(tag.dropFirst()))
        } else if !tag.hasPrefix("!"), subscription.folder == nil {
          subscription.folder = TextSanitizer.sanitizeTitle(tag)
        }
      }
      reading.subscriptions.append(subscription)
    }
    return reading
  }

  /// The words of a `urls` line: separated by spaces, `"quoted"` words may hold spaces.
  private static func words(of line: String) -> [String] {
    var words: [String] = []
    var current = ""
    var quoted = false
    var started = false
    for character in line {
      if character == "\"" {
        quoted.toggle()
        started = true
      } else if !quoted && (character == " " || character == "\t") {
        if started { words.append(current) }
        current = ""
        started = false
      } else {
        current.append(character)
        started = true
      }
    }
    if started { words.append(current) }
    return words
  }

  /// OPML 2.0 of `feeds`: one outline per feed (title and address), inside an outline per
  /// folder.
  public static func opml(_ feeds: [FeedSource], created: Date = Date()) -> String {
    var lines = [
      #"<?xml version="1.0" encoding="UTF-8"?>"#, #"<opml version="2.0">"#, "  <head>",
      "    <title>Byline subscriptions</title>",
      "    <dateCreated>\(HTTPHeaderValues.httpDateString(created))</dateCreated>", "  </head>",
      "  <body>",
    ]
    func outline(_ feed: FeedSource, indent: String) -> String {
      let title = escaped(feed.title ?? feed.displayURL)
      return indent + #"<outline type="rss" text="\#(title)" title="\#(title)" "#
        + #"xmlUrl="\#(escaped(feed.url))"/>"#
    }
    var folders: [String] = []
    var byFolder: [String: [FeedSource]] = [:]
    for feed in feeds {
      if let folder = feed.folder, !folder.isEmpty {
        if byFolder[folder] == nil { folders.append(folder) }
        byFolder[folder, default: []].append(feed)
      } else {
        lines.append(outline(feed, indent: "    "))
      }
    }
    for folder in folders {
      lines.append(#"    <outline text="\#(escaped(folder))">"#)
      for feed in byFolder[folder] ?? [] { lines.append(outline(feed, indent: "      ")) }
      lines.append("    </outline>")
    }
    lines += ["  </body>", "</opml>"]
    return lines.joined(separator: "\n") + "\n"
  }

  private static func escaped(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      default: result.append(character)
      }
    }
    return result
  }
}
