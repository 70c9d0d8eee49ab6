/// The numbered `[n] linked text → URL` lines of an article's dump, built paragraph by
/// paragraph in time linear in the text.
///
/// One link that runs over several paragraphs (an `<a>` around blocks) is carried by each of
/// them with the same target; it is listed once, its text joined, so a long target is printed
/// once per link and not once per paragraph (issue 17: a 1 MB `href` over 3,000 paragraphs made
/// 3 GB of output).
struct DumpLinks {
  private var texts: [String] = []
  private var urls: [String] = []
  /// The target of the previous paragraph's last link when that link ran to the paragraph's
  /// end (so it may carry on into the next one).
  private var openURL: String?

  /// Adds the links of the next paragraph.
  mutating func add(_ paragraph: Paragraph) {
    var slicer = ForwardScalarSlicer(paragraph.text)
    for (index, link) in paragraph.links.enumerated() {
      let text = TextSanitizer.collapseWhitespace(slicer.text(link.range))
      if index == 0, link.range.start == 0, let openURL, openURL == link.url, !texts.isEmpty {
        texts[texts.count - 1] += " " + text
      } else {
        texts.append(text)
        urls.append(link.url)
      }
    }
    openURL = nil
    if let last = paragraph.links.last,
      last.range.end >= paragraph.text.unicodeScalars.count
    {
      openURL = last.url
    }
  }

  /// One line per link, numbered from 1.
  var lines: [String] {
    zip(texts, urls).enumerated().map { "[\($0.offset + 1)] \($0.element.0) → \($0.element.1)" }
  }
}
