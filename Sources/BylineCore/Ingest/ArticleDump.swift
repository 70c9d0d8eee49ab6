/// Prints articles as plain text for `byline dump` and the golden tests: a header (title,
/// `Date:` with the UTC calendar date, `Source:`, `Author:`, `URL:`), a blank line, the paragraphs word-wrapped to a width in
/// terminal columns with headings, quotes and list items marked (`## `, `> `, `• `), and the
/// links as a numbered list of `linked text → URL`.
public enum ArticleDump {
  /// The text of one article, wrapped to `width` columns (at least 20), ending in a newline.
  public static func text(of article: Article, width: Int = 80) -> String {
    let width = max(20, width)
    var lines: [String] = []
    lines.append(contentsOf: TextWrapper.wrap(article.title, width: width))
    if let published = article.published {
      lines.append("Date: \(DateParser.isoDay(published))")
    }
    lines.append("Source: \(article.source)")
    if let author = article.author { lines.append("Author: \(author)") }
    if let url = article.url { lines.append("URL: \(url)") }
    var links = DumpLinks()
    for paragraph in article.paragraphs {
      lines.append("")
      let (first, rest): (String, String) =
        switch paragraph.kind {
        case .body: ("", "")
        case .heading: ("## ", "   ")
        case .quote: ("> ", "> ")
        case .listItem: ("• ", "  ")
        }
      let wrapped = TextWrapper.wrap(paragraph.text, width: width - DisplayWidth.columns(of: first))
      for (index, line) in wrapped.enumerated() {
        lines.append((index == 0 ? first : rest) + line)
      }
      links.add(paragraph)
    }
    let linkLines = links.lines
    if !linkLines.isEmpty {
      lines.append("")
      lines.append("Links:")
      lines.append(contentsOf: linkLines)
    }
    return lines.map { $0.trailingSpacesTrimmed }.joined(separator: "\n") + "\n"
  }

  /// Every article, separated by a rule of `─` as wide as the text.
  public static func text(of articles: [Article], width: Int = 80) -> String {
    let rule = String(repeating: "─", count: max(20, width))
    return articles.map { text(of: $0, width: width) }.joined(separator: rule + "\n")
  }
}

extension String {
  /// The string without trailing spaces.
  fileprivate var trailingSpacesTrimmed: String {
    var end = endIndex
    while end > startIndex, self[index(before: end)] == " " { end = index(before: end) }
    return String(self[..<end])
  }
}
