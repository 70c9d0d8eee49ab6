/// Builds one paragraph at a time from pieces of text and links, sanitising every piece as it
/// arrives and keeping link ranges (Unicode scalar offsets) true to the text it produces.
///
/// Whitespace runs collapse to one space (except in preformatted pieces), leading and trailing
/// whitespace never reaches the text, and soft hyphens are dropped. Linear in the input.
struct ParagraphBuilder {
  private var scalars = String.UnicodeScalarView()
  private var count = 0
  private var links: [Link] = []
  private var pendingSpace = false
  private var linkURL: String? = nil
  private var linkStart: Int? = nil

  /// Whether nothing has been written to the current paragraph.
  var isEmpty: Bool { count == 0 }

  /// Appends running text: sanitised, whitespace collapsed.
  mutating func append(_ text: some StringProtocol) {
    let clean = TextSanitizer.sanitize(String(text))
    for scalar in clean.unicodeScalars {
      if scalar.properties.isWhitespace {
        pendingSpace = true
      } else if scalar != "\u{AD}" {
        emit(scalar)
      }
    }
  }

  /// Appends text whose spaces and newlines matter (a `<pre>` block or a code fence), still
  /// sanitised; leading newlines are dropped.
  mutating func appendPreformatted(_ text: some StringProtocol) {
    let clean = TextSanitizer.sanitize(String(text))
    for scalar in clean.unicodeScalars where scalar != "\u{AD}" {
      if count == 0, scalar == "\n" { continue }
      flushSpace()
      if linkURL != nil, linkStart == nil { linkStart = count }
      appendScalar(scalar)
    }
  }

  /// Marks a word break (for example between two table cells) without writing anything yet.
  mutating func appendSpace() {
    pendingSpace = true
  }

  /// Starts a link to `url` at the next visible character. An open link is closed first.
  mutating func beginLink(_ url: String) {
    endLink()
    let clean = TextSanitizer.sanitizeTitle(url)
    guard !clean.isEmpty else { return }
    linkURL = clean
    linkStart = nil
  }

  /// Ends the open link, if any, at the last visible character written.
  mutating func endLink() {
    defer {
      linkURL = nil
      linkStart = nil
    }
    guard let url = linkURL, let start = linkStart, count > start else { return }
    links.append(Link(range: TextRange(start: start, end: count), url: url))
  }

  /// Finishes the paragraph (empty text gives `nil`) and starts a new one. A link still open
  /// carries on into the next paragraph.
  mutating func finish(kind: ParagraphKind = .body) -> Paragraph? {
    let openURL = linkURL
    endLink()
    trimTrailingWhitespace()
    defer {
      scalars = String.UnicodeScalarView()
      count = 0
      links = []
      pendingSpace = false
      linkURL = openURL
      linkStart = nil
    }
    guard count > 0 else { return nil }
    return Paragraph(text: String(scalars), kind: kind, links: links)
  }

  private mutating func emit(_ scalar: Unicode.Scalar) {
    flushSpace()
    if linkURL != nil, linkStart == nil { linkStart = count }
    appendScalar(scalar)
  }

  private mutating func flushSpace() {
    if pendingSpace, count > 0 { appendScalar(" ") }
    pendingSpace = false
  }

  private mutating func appendScalar(_ scalar: Unicode.Scalar) {
    scalars.append(scalar)
    count += 1
  }

  private mutating func trimTrailingWhitespace() {
    while let last = scalars.last, last.properties.isWhitespace {
      scalars.removeLast()
      count -= 1
    }
    links = links.compactMap { link in
      let end = min(link.range.end, count)
      return end > link.range.start
        ? Link(range: TextRange(start: link.range.start, end: end), url: link.url) : nil
    }
  }
}
