import Foundation

/// Splits Markdown into blocks (headings, paragraphs, list items, quotes, code) and hands each
/// block's text to ``MarkdownInlineParser``.
struct MarkdownBlockParser {
  private let lines: [Substring]
  private var references: [String: String] = [:]
  private var paragraphs: [Paragraph] = []
  private var pending: [Substring] = []
  private var pendingKind = ParagraphKind.body

  init(text: Substring) {
    lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
      .map { Substring($0) }
  }

  /// The paragraphs of the text, in order.
  mutating func parse() -> [Paragraph] {
    collectReferences()
    var index = 0
    while index < lines.count {
      let line = lines[index]
      let stripped = line.drop(while: { $0 == " " })
      let indent = line.utf8.count - stripped.utf8.count
      if stripped.isEmpty {
        flush()
      } else if indent < 4, let fence = fenceMarker(stripped) {
        flush()
        index = code(from: index + 1, fence: fence)
        continue
      } else if indent < 4, !pending.isEmpty, pendingKind == .body, isSetextUnderline(stripped) {
        let headingLines = pending
        pending = []
        emit(Substring(headingLines.joined(separator: " ")), kind: .heading)
      } else if indent < 4, let heading = atxHeading(stripped) {
        flush()
        emit(Substring(heading), kind: .heading)
      } else if indent < 4, isThematicBreak(stripped) {
        flush()
      } else if indent < 4, isReferenceDefinition(stripped) {
        flush()
      } else if indent < 4, stripped.hasPrefix(">") {
        if pendingKind != .quote { flush() }
        pendingKind = .quote
        let content = stripped.dropFirst().drop(while: { $0 == " " })
        if content.isEmpty { flush() } else { pending.append(content) }
      } else if indent < 4, let item = listItemContent(stripped) {
        flush()
        pendingKind = .listItem
        pending.append(item)
      } else {
        if pendingKind == .quote { flush() }
        pending.append(stripped)
      }
      index += 1
    }
    flush()
    return paragraphs
  }

  private mutating func flush() {
    guard !pending.isEmpty else {
      pendingKind = .body
      return
    }
    emit(Substring(pending.joined(separator: "\n")), kind: pendingKind)
    pending = []
    pendingKind = .body
  }

  private mutating func emit(_ text: Substring, kind: ParagraphKind) {
    var inline = MarkdownInlineParser(text: text, references: references)
    if let paragraph = inline.paragraph(kind: kind) { paragraphs.append(paragraph) }
  }

  /// Reads a fenced code block starting at `start`; returns the index after its closing fence.
  private mutating func code(from start: Int, fence: Substring) -> Int {
    var index = start
    var builder = ParagraphBuilder()
    var first = true
    while index < lines.count {
      let stripped = lines[index].drop(while: { $0 == " " })
      if stripped.hasPrefix(fence),
        stripped.drop(while: { $0 == fence.first }).allSatisfy(\.isWhitespace)
      {
        index += 1
        break
      }
      builder.appendPreformatted((first ? "" : "\n") + lines[index])
      first = false
      index += 1
    }
    if let paragraph = builder.finish() { paragraphs.append(paragraph) }
    return index
  }

  private mutating func collectReferences() {
    for line in lines {
      let stripped = line.drop(while: { $0 == " " })
      guard isReferenceDefinition(stripped), let close = stripped.firstIndex(of: "]") else {
        continue
      }
      let label = stripped[stripped.index(after: stripped.startIndex)..<close].lowercased()
      let rest = stripped[stripped.index(close, offsetBy: 2)...].drop(while: { $0 == " " })
      var url = rest.prefix(while: { $0 != " " })
      if url.hasPrefix("<"), url.hasSuffix(">") { url = url.dropFirst().dropLast() }
      if references[label] == nil, !url.isEmpty { references[label] = String(url) }
    }
  }

  private func isReferenceDefinition(_ line: Substring) -> Bool {
    guard line.utf8.first == UInt8(ascii: "[") else { return false }
    guard line.hasPrefix("["), !line.hasPrefix("[^"), let close = line.firstIndex(of: "]"),
      close > line.index(after: line.startIndex)
    else { return false }
    let after = line[line.index(after: close)...]
    return after.hasPrefix(":") && after.count > 1
  }

  private func fenceMarker(_ line: Substring) -> Substring? {
    for marker in ["```", "~~~"] where line.hasPrefix(marker) {
      return line.prefix(while: { $0 == marker.first })
    }
    return nil
  }

  private func atxHeading(_ line: Substring) -> String? {
    guard line.utf8.first == UInt8(ascii: "#") else { return nil }
    let hashes = line.prefix(while: { $0 == "#" }).count
    guard (1...6).contains(hashes) else { return nil }
    let rest = line.dropFirst(hashes)
    guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
    var text = rest.trimmingSpace()
    // A closing run of #s preceded by a space is not part of the heading.
    let closing = text.reversed().prefix(while: { $0 == "#" }).count
    if closing > 0, closing == text.count || text.dropLast(closing).last == " " {
      text = String(text.dropLast(closing)).trimmingSpace()
    }
    return text
  }

  private func isThematicBreak(_ line: Substring) -> Bool {
    guard let mark = line.utf8.first,
      mark == UInt8(ascii: "-") || mark == UInt8(ascii: "*") || mark == UInt8(ascii: "_")
    else { return false }
    let marks = line.filter { !$0.isWhitespace }
    guard marks.count >= 3, let first = marks.first, "-*_".contains(first) else { return false }
    return marks.allSatisfy { $0 == first }
  }

  private func isSetextUnderline(_ line: Substring) -> Bool {
    guard let mark = line.utf8.first, mark == UInt8(ascii: "=") || mark == UInt8(ascii: "-") else {
      return false
    }
    let trimmed = line.trimmingSpace()
    guard let first = trimmed.first, first == "=" || first == "-" else { return false }
    return trimmed.allSatisfy { $0 == first }
  }

  private func listItemContent(_ line: Substring) -> Substring? {
    if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " {
      return line.dropFirst(2).drop(while: { $0 == " " })
    }
    let digits = line.prefix(while: \.isASCIIDigit)
    guard (1...9).contains(digits.count) else { return nil }
    let after = line.dropFirst(digits.count)
    guard let mark = after.first, mark == "." || mark == ")", after.dropFirst().first == " " else {
      return nil
    }
    return after.dropFirst(2).drop(while: { $0 == " " })
  }
}

extension Character {
  /// Whether this is one of the ASCII digits 0–9.
  var isASCIIDigit: Bool { isASCII && isNumber }
}
