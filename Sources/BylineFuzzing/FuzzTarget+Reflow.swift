// BylineTUI's parsers and layout are internal; tests and these checks reach them through
// `@testable import`, which only debug builds allow (the fuzz build and `swift test` are debug).
#if DEBUG
  import BylineCore
  @testable import BylineTUI

  extension FuzzTarget {
    /// Reflow plus display width. The first byte picks the width (1–120), the first line is the
    /// title, blank lines part paragraphs (their kinds cycle through body, heading, quote and list
    /// item), capitalised words become entity spans and words with a `/` links. The text is not
    /// sanitised first: reflow must be safe on its own.
    func checkReflow(_ bytes: [UInt8]) throws(InvariantViolation) {
      guard let first = bytes.first else { return }
      let width = 1 + Int(first) % 120
      let article = Self.reflowArticle(String(decoding: bytes.dropFirst(), as: UTF8.self))
      let layout = Reflow.layout(article, width: width)
      try require(
        layout.paragraphFirstLine.count == article.paragraphs.count,
        "\(layout.paragraphFirstLine.count) first lines for \(article.paragraphs.count) paragraphs")
      var textOffsets: [Int: [Int]] = [:]
      for (index, line) in layout.lines.enumerated() {
        try checkLine(line, index: index, width: width, article: article)
        textOffsets[line.paragraph, default: []] += line.cells.filter {
          $0.offset >= 0 && $0.character != " "
        }.map { Int($0.offset) }
        if line.firstOffset != nil {
          let back = layout.lineIndex(for: layout.position(ofLine: index))
          try require(back == index, "line \(index)'s position maps back to line \(back)")
        }
      }
      try require(
        textOffsets[LaidOutLine.header, default: []] == Self.shownOffsets(article.title),
        "the title's visible characters are not all laid out, in order")
      for (index, paragraph) in article.paragraphs.enumerated() {
        try require(
          textOffsets[index, default: []] == Self.shownOffsets(paragraph.text),
          "paragraph \(index)'s visible characters are not all laid out, in order")
      }
    }

    /// One laid-out line fits the width (a single glyph wider than the width may stand alone), and
    /// its cells are safe to write and point inside their text.
    private func checkLine(
      _ line: LaidOutLine, index: Int, width: Int, article: Article
    ) throws(InvariantViolation) {
      let columns = line.cells.reduce(0) { $0 + DisplayWidth.columns(of: $1.character) }
      try require(
        columns <= width || line.cells.count == 1,
        "line \(index) takes \(columns) columns of \(width)")
      let text: String? =
        line.paragraph == LaidOutLine.header
        ? article.title
        : article.paragraphs.indices.contains(line.paragraph)
          ? article.paragraphs[line.paragraph].text : nil
      let length = text?.unicodeScalars.count ?? 0
      for cell in line.cells {
        try TerminalCheck.requireSafe(
          DisplayWidth.terminalText(for: cell.character), "line \(index) cell", singleLine: true,
          in: self)
        try require(
          cell.offset == -1 || (text != nil && Int(cell.offset) < length && cell.offset >= 0),
          "line \(index) has a cell at offset \(cell.offset) outside its text of \(length) scalars")
      }
    }

    /// The scalar offsets of the characters of `text` reflow must show (not spaces, newlines or
    /// what is invisible).
    static func shownOffsets(_ text: String) -> [Int] {
      var offsets: [Int] = []
      var offset = 0
      for character in text {
        defer { offset += character.unicodeScalars.count }
        guard character != "\n", character != "\r\n",
          let shown = TerminalSafety.displayable(character), shown != " ",
          DisplayWidth.columns(of: shown) > 0
        else { continue }
        offsets.append(offset)
      }
      return offsets
    }

    /// The article the reflow target lays out (see ``checkReflow(_:)``).
    static func reflowArticle(_ text: String) -> Article {
      let title = String(text.prefix { $0 != "\n" })
      let body = text.dropFirst(title.count)
      let kinds: [ParagraphKind] = [.body, .heading, .quote, .listItem]
      var paragraphs: [Paragraph] = []
      for (index, block) in body.split(separator: "\n\n").enumerated() {
        let text = String(block)
        var links: [Link] = []
        var entities: [EntitySpan] = []
        var offset = 0
        for word in text.unicodeScalars.split(separator: " ", omittingEmptySubsequences: false) {
          let range = TextRange(start: offset, end: offset + word.count)
          if word.contains("/") {
            links.append(Link(range: range, url: String(String.UnicodeScalarView(word))))
          } else if let initial = word.first, ("A"..."Z").contains(initial) {
            entities.append(EntitySpan(range: range, kind: .person))
          }
          offset += word.count + 1
        }
        paragraphs.append(
          Paragraph(
            text: text, kind: kinds[index % kinds.count], links: links, entities: entities))
      }
      return Article(
        key: ArticleKey(rawValue: "fuzz"), title: title, source: "fuzz", paragraphs: paragraphs)
    }
  }
#endif
