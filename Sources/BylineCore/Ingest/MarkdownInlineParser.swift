import Foundation

/// Turns the inline Markdown of one block into a paragraph: emphasis, strike-through and code
/// marks removed, backslash escapes resolved, links kept as ``Link``s over their text, images
/// replaced by their alt text, inline HTML tags dropped.
///
/// Linear: every search for a closing bracket or backtick run is bounded.
struct MarkdownInlineParser {
  private let characters: [Character]
  private let references: [String: String]
  private var builder = ParagraphBuilder()

  /// How far a search for a closing `]`, `)` or backtick run may look.
  private static let searchLimit = 2000

  init(text: Substring, references: [String: String]) {
    characters = Array(text)
    self.references = references
  }

  /// The paragraph, or `nil` when the block has no visible text.
  mutating func paragraph(kind: ParagraphKind) -> Paragraph? {
    render(0..<characters.count, insideLink: false)
    return builder.finish(kind: kind)
  }

  private mutating func render(_ range: Range<Int>, insideLink: Bool) {
    var index = range.lowerBound
    var plainStart = index
    func flushPlain(_ builder: inout ParagraphBuilder, _ characters: [Character], _ end: Int) {
      if plainStart < end { builder.append(String(characters[plainStart..<end])) }
    }
    while index < range.upperBound {
      let character = characters[index]
      switch character {
      case "\\":
        if index + 1 < range.upperBound,
          characters[index + 1].isPunctuation
            || characters[index + 1].isSymbol
        {
          flushPlain(&builder, characters, index)
          builder.append(String(characters[index + 1]))
          index += 2
          plainStart = index
          continue
        }
      case "`":
        if let (content, end) = codeSpan(at: index, limit: range.upperBound) {
          flushPlain(&builder, characters, index)
          builder.append(String(characters[content]))
          index = end
          plainStart = index
          continue
        }
      case "*", "~":
        flushPlain(&builder, characters, index)
        let run = runLength(at: index, limit: range.upperBound)
        if character == "~", run < 2 {
          builder.append("~")
        }
        index += run
        plainStart = index
        continue
      case "_":
        let run = runLength(at: index, limit: range.upperBound)
        let before = index > range.lowerBound ? characters[index - 1] : " "
        let after = index + run < range.upperBound ? characters[index + run] : " "
        if !(before.isLetter || before.isNumber) || !(after.isLetter || after.isNumber) {
          flushPlain(&builder, characters, index)
          index += run
          plainStart = index
          continue
        }
        index += run
        continue
      case "!":
        if index + 1 < range.upperBound, characters[index + 1] == "[",
          let link = linkParts(at: index + 1, limit: range.upperBound)
        {
          flushPlain(&builder, characters, index)
          render(link.text, insideLink: true)
          index = link.end
          plainStart = index
          continue
        }
      case "[":
        if !insideLink, let link = linkParts(at: index, limit: range.upperBound) {
          flushPlain(&builder, characters, index)
          if let url = link.url { builder.beginLink(url) }
          render(link.text, insideLink: true)
          if link.url != nil { builder.endLink() }
          index = link.end
          plainStart = index
          continue
        }
      case "<":
        if let end = angleEnd(at: index, limit: range.upperBound) {
          flushPlain(&builder, characters, index)
          let inner = String(characters[(index + 1)..<(end - 1)])
          if inner.hasPrefix("http://") || inner.hasPrefix("https://")
            || inner.hasPrefix("mailto:")
          {
            if !insideLink { builder.beginLink(inner) }
            builder.append(inner)
            if !insideLink { builder.endLink() }
          }
          // Any other tag is inline HTML: dropped.
          index = end
          plainStart = index
          continue
        }
      default:
        break
      }
      index += 1
    }
    flushPlain(&builder, characters, range.upperBound)
  }

  private func runLength(at index: Int, limit: Int) -> Int {
    var end = index
    while end < limit, characters[end] == characters[index] { end += 1 }
    return end - index
  }

  /// A code span opening at `index`: its content range and the index after it.
  private func codeSpan(at index: Int, limit: Int) -> (Range<Int>, Int)? {
    let run = runLength(at: index, limit: limit)
    var search = index + run
    let stop = min(limit, search + Self.searchLimit)
    while search < stop {
      if characters[search] == "`" {
        let closing = runLength(at: search, limit: limit)
        if closing == run { return ((index + run)..<search, search + closing) }
        search += closing
      } else {
        search += 1
      }
    }
    return nil
  }

  /// `[text](url)`, `[text][label]`, `[label][]` or `[label]` (when `label` is defined) opening
  /// at `index`: the text range, the URL if any, and the index after the link.
  private func linkParts(at index: Int, limit: Int) -> (text: Range<Int>, url: String?, end: Int)? {
    guard let close = matching(from: index, open: "[", close: "]", limit: limit) else {
      return nil
    }
    let text = (index + 1)..<close
    let after = close + 1
    if after < limit, characters[after] == "(",
      let end = matching(from: after, open: "(", close: ")", limit: limit)
    {
      var target = String(characters[(after + 1)..<end]).trimmingCharacters(in: .whitespaces)
      if target.hasPrefix("<"), let closeAngle = target.firstIndex(of: ">") {
        target = String(target[target.index(after: target.startIndex)..<closeAngle])
      } else if let space = target.firstIndex(of: " ") {
        target = String(target[..<space])  // Drop a "title".
      }
      return (text, target, end + 1)
    }
    if after < limit, characters[after] == "[",
      let end = matching(from: after, open: "[", close: "]", limit: limit)
    {
      var label = String(characters[(after + 1)..<end]).lowercased()
      if label.isEmpty { label = String(characters[text]).lowercased() }
      guard let url = references[label] else { return nil }
      return (text, url, end + 1)
    }
    if let url = references[String(characters[text]).lowercased()] {
      return (text, url, after)
    }
    return nil
  }

  /// The index of the bracket closing the one at `index`, allowing nesting and escapes.
  private func matching(from index: Int, open: Character, close: Character, limit: Int) -> Int? {
    var depth = 0
    var position = index
    let stop = min(limit, index + Self.searchLimit)
    while position < stop {
      let character = characters[position]
      if character == "\\" {
        position += 2
        continue
      }
      if character == open {
        depth += 1
      } else if character == close {
        depth -= 1
        if depth == 0 { return position }
      }
      position += 1
    }
    return nil
  }

  /// The index after an autolink or inline HTML tag opening at `index`.
  private func angleEnd(at index: Int, limit: Int) -> Int? {
    guard index + 1 < limit else { return nil }
    let next = characters[index + 1]
    guard next.isLetter || next == "/" || next == "!" else { return nil }
    var position = index + 1
    let stop = min(limit, index + Self.searchLimit)
    while position < stop {
      let character = characters[position]
      if character == ">" { return position + 1 }
      if character == "<" || character == "\n" && next != "!" { return nil }
      position += 1
    }
    return nil
  }
}
