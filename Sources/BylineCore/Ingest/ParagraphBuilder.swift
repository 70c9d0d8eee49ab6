/// Builds one paragraph at a time from pieces of text and links, sanitising every piece as it
/// arrives and keeping link ranges (Unicode scalar offsets) true to the text it produces.
///
/// Whitespace runs collapse to one space (except in preformatted pieces), leading and trailing
/// whitespace never reaches the text, and soft hyphens are dropped. Linear in the input.
struct ParagraphBuilder {
  /// The paragraph's text so far, as UTF-8 (appending bytes is far cheaper than appending
  /// scalars to a `String`).
  private var bytes: [UInt8] = []
  /// The number of Unicode scalars in `bytes`.
  private var count = 0
  /// `bytes.count` and `count` just after the last scalar that is not white space.
  private var contentBytes = 0
  private var contentCount = 0
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
      if TextSanitizer.isSpace(scalar) {
        pendingSpace = true
      } else if scalar != "\u{AD}" {
        flushSpace()
        if linkURL != nil, linkStart == nil { linkStart = count }
        appendScalar(scalar)
        contentBytes = bytes.count
        contentCount = count
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
      if !TextSanitizer.isSpace(scalar) {
        contentBytes = bytes.count
        contentCount = count
      }
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
    guard let url = linkURL, let start = linkStart, contentCount > start else { return }
    links.append(Link(range: TextRange(start: start, end: contentCount), url: url))
  }

  /// Finishes the paragraph (empty text gives `nil`) and starts a new one. A link still open
  /// carries on into the next paragraph.
  mutating func finish(kind: ParagraphKind = .body) -> Paragraph? {
    let openURL = linkURL
    endLink()
    // Trailing white space (only preformatted text can have any) is dropped.
    bytes.removeSubrange(contentBytes...)
    let length = contentCount
    defer {
      bytes.removeAll(keepingCapacity: true)
      count = 0
      contentBytes = 0
      contentCount = 0
      links = []
      pendingSpace = false
      linkURL = openURL
      linkStart = nil
    }
    guard length > 0 else { return nil }
    let finished = links.compactMap { link -> Link? in
      let end = min(link.range.end, length)
      return end > link.range.start
        ? Link(range: TextRange(start: link.range.start, end: end), url: link.url) : nil
    }
    return Paragraph(text: String(decoding: bytes, as: UTF8.self), kind: kind, links: finished)
  }

  private mutating func flushSpace() {
    if pendingSpace, count > 0 { appendScalar(" ") }
    pendingSpace = false
  }

  @inline(__always)
  private mutating func appendScalar(_ scalar: Unicode.Scalar) {
    if scalar.isASCII {
      bytes.append(UInt8(truncatingIfNeeded: scalar.value))
    } else {
      UTF8.encode(scalar) { bytes.append($0) }
    }
    count += 1
  }
}
