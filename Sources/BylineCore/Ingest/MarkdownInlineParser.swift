import Foundation

/// Turns the inline Markdown of one block into a paragraph: emphasis, strike-through and code
/// marks removed, backslash escapes resolved, links kept as ``Link``s over their text, images
/// replaced by their alt text, inline HTML tags dropped.
///
/// Linear: every search for a closing bracket or backtick run is bounded.
struct MarkdownInlineParser {
  private let characters: [Unicode.Scalar]
  private let references: [String: String]
  private var builder = ParagraphBuilder()

  /// How far a search for a closing `]`, `)` or backtick run may look.
  private static let searchLimit = 2000
  /// How many characters all such searches in this block may look at together, so that input
  /// full of unclosed brackets stays linear: once spent, brackets are read as plain text.
  private var searchBudget: Int

  init(text: Substring, references: [String: String]) {
    characters = Array(text.unicodeScalars)
    self.references = references
    searchBudget = 4 * characters.count + 4096
  }

  /// The paragraph, or `nil` when the block has no visible text.
  mutating func paragraph(kind: ParagraphKind) -> Paragraph? {
    render(0..<characters.count, insideLink: false)
    return builder.finish(kind: kind)
  }

  /// Where to carry on after the text of a link or image: the position after it, the bounds
  /// and link state of the text around it, and whether a link ends there.
  private struct Resume {
    var index: Int
    var range: Range<Int>
    var insideLink: Bool
    var endsLink: Bool
  }

  /// Renders `range`. The text of a link or image is rendered in place and the surrounding text
  /// resumed from an explicit stack, not by recursion, so nesting cannot exhaust the stack
  /// (issue 17).
  private mutating func render(_ whole: Range<Int>, insideLink outerInsideLink: Bool) {
    var range = whole
    var insideLink = outerInsideLink
    var index = range.lowerBound
    var plainStart = index
    var stack: [Resume] = []
    func flushPlain(
      _ builder: inout ParagraphBuilder, _ characters: [Unicode.Scalar], _ end: Int
    ) {
      if plainStart < end { builder.append(Self.string(characters[plainStart..<end])) }
    }
    while true {
      while index < range.upperBound {
        let character = characters[index]
        switch character {
        case "\\":
          if index + 1 < range.upperBound, Self.isASCIIPunctuation(characters[index + 1]) {
            flushPlain(&builder, characters, index)
            builder.append(String(characters[index + 1]))
            index += 2
            plainStart = index
            continue
          }
        case "`":
          if let (content, end) = codeSpan(at: index, limit: range.upperBound) {
            flushPlain(&builder, characters, index)
            builder.append(Self.string(characters[content]))
            index = end
            plainStart = index
            continue
          }
          // No closing run: the whole opening run is literal text.
          index += runLength(at: index, limit: range.upperBound)
          continue
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
          let before: Unicode.Scalar = index > range.lowerBound ? characters[index - 1] : " "
          let after: Unicode.Scalar = index + run < range.upperBound ? characters[index + run] : " "
          if !Self.isWordScalar(before) || !Self.isWordScalar(after) {
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
            stack.append(
              Resume(index: link.end, range: range, insideLink: insideLink, endsLink: false))
            range = link.text
            insideLink = true
            index = range.lowerBound
            plainStart = index
            continue
          }
        case "[":
          if !insideLink, let link = linkParts(at: index, limit: range.upperBound) {
            flushPlain(&builder, characters, index)
            if let url = link.url { builder.beginLink(url) }
            stack.append(
              Resume(
                index: link.end, range: range, insideLink: insideLink, endsLink: link.url != nil))
            range = link.text
            insideLink = true
            index = range.lowerBound
            plainStart = index
            continue
          }
        case "<":
          if let end = angleEnd(at: index, limit: range.upperBound) {
            flushPlain(&builder, characters, index)
            let inner = Self.string(characters[(index + 1)..<(end - 1)])
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
      guard let resume = stack.popLast() else { return }
      if resume.endsLink { builder.endLink() }
      range = resume.range
      insideLink = resume.insideLink
      index = resume.index
      plainStart = index
    }
  }

  private func runLength(at index: Int, limit: Int) -> Int {
    var end = index
    while end < limit, characters[end] == characters[index] { end += 1 }
    return end - index
  }

  /// A code span opening at `index`: its content range and the index after it.
  private mutating func codeSpan(at index: Int, limit: Int) -> (Range<Int>, Int)? {
    let run = runLength(at: index, limit: limit)
    var search = index + run
    let stop = min(limit, search + min(Self.searchLimit, searchBudget))
    defer { searchBudget -= max(0, search - index) }
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
  private mutating func linkParts(at index: Int, limit: Int) -> (
    text: Range<Int>, url: String?, end: Int
  )? {
    guard let close = matching(from: index, open: "[", close: "]", limit: limit) else {
      return nil
    }
    let text = (index + 1)..<close
    let after = close + 1
    if after < limit, characters[after] == "(",
      let end = matching(from: after, open: "(", close: ")", limit: limit)
    {
      var target = Self.string(characters[(after + 1)..<end])
        .trimmingSpace()
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
      var label = Self.string(characters[(after + 1)..<end]).lowercased()
      if label.isEmpty { label = Self.string(characters[text]).lowercased() }
      guard let url = references[label] else { return nil }
      return (text, url, end + 1)
    }
    if let url = references[Self.string(characters[text]).lowercased()] {
      return (text, url, after)
    }
    return nil
  }

  /// The index of the bracket closing the one at `index`, allowing nesting and escapes.
  private mutating func matching(
    from index: Int, open: Unicode.Scalar, close: Unicode.Scalar, limit: Int
  ) -> Int? {
    var depth = 0
    var position = index
    let stop = min(limit, index + min(Self.searchLimit, searchBudget))
    defer { searchBudget -= max(0, position - index) }
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
  private mutating func angleEnd(at index: Int, limit: Int) -> Int? {
    guard index + 1 < limit else { return nil }
    let next = characters[index + 1]
    guard next.properties.isAlphabetic || next == "/" || next == "!" else { return nil }
    var position = index + 1
    let stop = min(limit, index + min(Self.searchLimit, searchBudget))
    defer { searchBudget -= max(0, position - index) }
    while position < stop {
      let character = characters[position]
      if character == ">" { return position + 1 }
      if character == "<" || character == "\n" && next != "!" { return nil }
      position += 1
    }
    return nil
  }

  private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
  }

  private static func isASCIIPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: true
    default: false
    }
  }

  private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }
}
