import Foundation

/// Reads one article from plain text in the shape news scrapers and mail archives produce:
///
/// - an optional date line first (`September 27, 2020`, `2020-09-27`, `Date: …`);
/// - the title, and the title again when the source repeated it (dropped);
/// - optionally a `By …` line (the author) and a bare URL line (the article's URL);
/// - paragraphs separated by blank lines, or one per line when the text has no blank lines;
///   hard-wrapped text (most lines 45–80 columns, as in mail and Usenet) is joined back into
///   paragraphs;
/// - trailing boilerplate lines (`Source link`, `Read more`, `Advertisement`, …) dropped, and a
///   trailing bare URL taken as the article's URL.
enum PlainTextReader {
  /// The article in `text`, read from `source`.
  static func read(_ text: String, source: String) -> Article {
    draft(text).article(source: source)
  }

  /// The article in `text`, before sanitising its metadata.
  static func draft(_ text: String) -> ArticleDraft {
    var units = self.units(of: text)
    var draft = ArticleDraft()
    var index = 0

    if index < units.count, !units[index].isMultiLine, let date = dateLine(units[index].text) {
      draft.published = date
      index += 1
    }
    if index < units.count {
      let candidate = units[index].text
      if candidate.count <= 300 {
        draft.title = candidate
        index += 1
        while index < units.count, same(units[index].text, candidate) { index += 1 }
      }
    }
    // Metadata lines right after the title.
    var sawMetadata = true
    while sawMetadata, index < units.count, !units[index].isMultiLine {
      sawMetadata = false
      let line = units[index].text
      if draft.author == nil, let author = bylineAuthor(line) {
        draft.author = author
        sawMetadata = true
      } else if draft.url == nil, isBareURL(line) {
        draft.url = line
        sawMetadata = true
      } else if draft.published == nil, let date = dateLine(line) {
        draft.published = date
        sawMetadata = true
      }
      if sawMetadata { index += 1 }
    }
    // Trailing boilerplate and a trailing URL.
    var end = units.count
    while end > index {
      let line = units[end - 1].text
      if units[end - 1].isMultiLine { break }
      if isBoilerplate(line) {
        end -= 1
      } else if draft.url == nil, isBareURL(line) {
        draft.url = line
        end -= 1
      } else {
        break
      }
    }
    units = Array(units[index..<end])
    var builder = ParagraphBuilder()
    for unit in units {
      var kind = ParagraphKind.body
      var body = Substring(unit.text)
      if let marker = ["• ", "- ", "* ", "· "].first(where: { body.hasPrefix($0) }) {
        kind = .listItem
        body = body.dropFirst(marker.count)
      } else if body.hasPrefix("> ") {
        kind = .quote
        body = body.dropFirst(2)
      }
      builder.append(body)
      if let paragraph = builder.finish(kind: kind) { draft.paragraphs.append(paragraph) }
    }
    return draft
  }

  /// One paragraph-to-be: its text (wrapped lines already joined) and whether it came from more
  /// than one line.
  struct Unit {
    var text: String
    var isMultiLine: Bool
  }

  /// Splits text into paragraphs-to-be: blocks separated by blank lines; inside a block, lines
  /// are joined when the text is hard-wrapped and kept apart otherwise.
  static func units(of text: String) -> [Unit] {
    var blocks: [[Substring]] = []
    var current: [Substring] = []
    for rawLine in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    {
      let line = trimmed(Substring(rawLine))
      if line.isEmpty {
        if !current.isEmpty { blocks.append(current) }
        current = []
      } else {
        current.append(line)
      }
    }
    if !current.isEmpty { blocks.append(current) }

    let wrapped = isHardWrapped(blocks)
    var units: [Unit] = []
    for (blockIndex, block) in blocks.enumerated() {
      // A block of `>` lines (a quotation in mail) is one quote, whatever the wrapping.
      if block.count > 1, block.allSatisfy({ $0.hasPrefix(">") }) {
        let lines = block.map { $0.dropFirst().drop(while: { $0 == " " || $0 == ">" }) }
        units.append(Unit(text: "> " + lines.joined(separator: " "), isMultiLine: true))
        continue
      }
      guard wrapped, block.count > 1 else {
        units.append(contentsOf: block.map { Unit(text: String($0), isMultiLine: false) })
        continue
      }
      var lines = block[...]
      // A short first line over wrapped lines, at the top of the text, is a title.
      if blockIndex == 0, let first = lines.first, first.unicodeScalars.count < 45, lines.count > 1
      {
        units.append(Unit(text: String(first), isMultiLine: false))
        lines = lines.dropFirst()
      }
      if lines.allSatisfy(isListLine) {
        units.append(contentsOf: lines.map { Unit(text: String($0), isMultiLine: false) })
      } else {
        units.append(Unit(text: lines.joined(separator: " "), isMultiLine: lines.count > 1))
      }
    }
    return units
  }

  /// Whether most lines that are followed by another line of the same block are 45–80 columns
  /// long: the mark of text wrapped by a mail client or editor.
  static func isHardWrapped(_ blocks: [[Substring]]) -> Bool {
    var inner = 0
    var inRange = 0
    var tooLong = 0
    for block in blocks where block.count > 1 {
      for line in block.dropLast() {
        let length = line.unicodeScalars.count
        inner += 1
        if (45...80).contains(length) { inRange += 1 }
        if length > 100 { tooLong += 1 }
      }
    }
    return inner >= 2 && inRange * 10 >= inner * 6 && tooLong * 20 <= inner
  }

  private static func isListLine(_ line: Substring) -> Bool {
    line.hasPrefix("• ") || line.hasPrefix("- ") || line.hasPrefix("* ")
  }

  private static func trimmed(_ line: Substring) -> Substring {
    let scalars = line.unicodeScalars
    guard let first = scalars.firstIndex(where: { !TextSanitizer.isSpace($0) }),
      let last = scalars.lastIndex(where: { !TextSanitizer.isSpace($0) })
    else { return line[line.endIndex...] }
    return Substring(scalars[first...last])
  }

  /// Whether `a` and `b` are the same text once white space is collapsed. Called for the
  /// paragraph after the title of every article, which is rarely the title again: ASCII texts
  /// are compared as they are collapsed, stopping at the first difference, instead of
  /// collapsing both whole first (a tenth of reading a plain-text article).
  static func same(_ a: String, _ b: String) -> Bool {
    guard a.utf8.allSatisfy({ $0 < 0x80 }), b.utf8.allSatisfy({ $0 < 0x80 }) else {
      return TextSanitizer.collapseWhitespace(a) == TextSanitizer.collapseWhitespace(b)
    }
    var left = CollapsedASCII(a.utf8.makeIterator())
    var right = CollapsedASCII(b.utf8.makeIterator())
    while true {
      let byte = left.next()
      guard byte == right.next() else { return false }
      if byte == nil { return true }
    }
  }

  /// The bytes of ASCII text as ``TextSanitizer/collapseWhitespace(_:)`` gives them: runs of
  /// white space become one space, none at either end.
  private struct CollapsedASCII {
    var bytes: String.UTF8View.Iterator
    var started = false
    var pendingSpace = false
    var held: UInt8?

    init(_ bytes: String.UTF8View.Iterator) { self.bytes = bytes }

    mutating func next() -> UInt8? {
      if let byte = held {
        held = nil
        return byte
      }
      while let byte = bytes.next() {
        if byte == 0x20 || (0x09...0x0D).contains(byte) {
          pendingSpace = started
          continue
        }
        started = true
        if pendingSpace {
          pendingSpace = false
          held = byte
          return 0x20
        }
        return byte
      }
      return nil
    }
  }

  /// The date on a line that is only a date (optionally after `Date:`, `Published:` or
  /// `Updated:`).
  static func dateLine(_ line: String) -> Date? {
    var text = Substring(line)
    for prefix in ["date:", "published:", "posted:", "updated:"]
    where text.lowercased().hasPrefix(prefix) {
      text = text.dropFirst(prefix.count)
      break
    }
    return DateParser.date(from: String(text))
  }

  private static func bylineAuthor(_ line: String) -> String? {
    guard line.hasPrefix("By ") || line.hasPrefix("by "), line.count <= 80 else { return nil }
    let name = line.dropFirst(3).trimmingSpace()
    return name.isEmpty || name.split(separator: " ").count > 8 ? nil : name
  }

  private static func isBareURL(_ line: String) -> Bool {
    (line.hasPrefix("https://") || line.hasPrefix("http://")) && !line.contains(" ")
  }

  /// Whether the line is one of the boilerplate lines scrapers leave at the end of articles.
  static func isBoilerplate(_ line: String) -> Bool {
    guard line.count <= 60 else { return false }
    var text = line.lowercased()
    while let last = text.last, ":.…!»›>|".contains(last) || last.isWhitespace {
      text.removeLast()
    }
    return boilerplate.contains(text)
  }

  private static let boilerplate: Set<String> = [
    "source link", "source", "read more", "read more here", "read the full article",
    "continue reading", "advertisement", "sponsored", "sponsored content", "share this article",
    "share this", "share", "click here", "click here to read more", "sign up for our newsletter",
    "subscribe", "subscribe now", "related articles", "related", "comments", "leave a comment",
    "print", "view original", "original article", "see more", "back to top", "follow us",
  ]
}
