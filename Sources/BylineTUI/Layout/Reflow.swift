import BylineCore

/// Lays out an article for a text width by display columns: header, then each paragraph
/// wrapped at word boundaries (words longer than a line are broken), one blank line between
/// paragraphs, headings, quotes and list items set apart, entity and link spans given their
/// roles. Every cell keeps its paragraph and scalar offset.
enum Reflow {
  /// Lays out `article` for `width` columns (at least 1).
  static func layout(_ article: Article, width: Int) -> ArticleLayout {
    let width = max(1, width)
    var lines: [LaidOutLine] = []
    let title = glyphs(of: article.title, role: .title, links: [], entities: [])
    lines += wrap(title, width: width, paragraph: LaidOutLine.header, prefix: nil)
    let meta = headerMeta(article)
    if !meta.isEmpty {
      let metaGlyphs = glyphs(of: meta, role: .bodyHeader, links: [], entities: [])
        .map { Glyph(character: $0.character, columns: $0.columns, role: $0.role, offset: -1) }
      lines += wrap(metaGlyphs, width: width, paragraph: LaidOutLine.header, prefix: nil)
    }
    if let link = headerLink(article, width: width) {
      let cells = glyphs(of: link, role: .bodyLink, links: [], entities: []).map {
        LaidOutCell(character: $0.character, role: $0.role, offset: $0.offset)
      }
      lines.append(LaidOutLine(paragraph: LaidOutLine.articleLink, cells: cells))
    }
    var firstLines: [Int] = []
    firstLines.reserveCapacity(article.paragraphs.count)
    for (index, paragraph) in article.paragraphs.enumerated() {
      firstLines.append(lines.count)
      lines.append(LaidOutLine(paragraph: index, cells: []))
      let role: StyleRole =
        switch paragraph.kind {
        case .heading: .bodyHeading
        case .quote: .bodyQuote
        case .body, .listItem: .bodyText
        }
      let prefix: LinePrefix? =
        switch paragraph.kind {
        case .quote: LinePrefix(first: "│ ", rest: "│ ", role: .bodyQuote)
        case .listItem: LinePrefix(first: "• ", rest: "  ", role: .bodyText)
        case .body, .heading: nil
        }
      let text = glyphs(
        of: paragraph.text, role: role, links: paragraph.links, entities: paragraph.entities)
      lines += wrap(text, width: width, paragraph: index, prefix: prefix)
    }
    return ArticleLayout(
      key: article.key, width: width, lines: lines, paragraphFirstLine: firstLines)
  }

  /// The header's link line: the article's own URL, sanitised, on one line and cut to `width`
  /// display columns with an ellipsis; `nil` when the article has no URL.
  static func headerLink(_ article: Article, width: Int) -> String? {
    guard let url = article.url.map(TextSanitizer.sanitizeLine), !url.isEmpty else { return nil }
    return TextFit.truncated(url, toColumns: width)
  }

  /// The header's second line: date, source and author, as far as known.
  static func headerMeta(_ article: Article) -> String {
    var parts: [String] = []
    if let published = article.published { parts.append(DateText.short(published)) }
    let source = SourceName.display(for: article)
    if !source.isEmpty { parts.append(source) }
    if let author = article.author, !author.isEmpty { parts.append("by " + author) }
    return parts.joined(separator: " · ")
  }

  struct Glyph {
    var character: Character
    var columns: Int
    var role: StyleRole
    var offset: Int32

    var isSpace: Bool { character == " " || character == "\t" }
    var isNewline: Bool { character == "\n" || character == "\r\n" }
  }

  struct LinePrefix {
    var first: String
    var rest: String
    var role: StyleRole
  }

  /// The graphemes of `text` with their widths, roles and scalar offsets.
  static func glyphs(
    of text: String, role: StyleRole, links: [Link], entities: [EntitySpan]
  ) -> [Glyph] {
    var result: [Glyph] = []
    result.reserveCapacity(text.utf8.count)
    var offset = 0
    var entityIndex = 0
    var linkIndex = 0
    for character in text {
      while entityIndex < entities.count, entities[entityIndex].range.end <= offset {
        entityIndex += 1
      }
      while linkIndex < links.count, links[linkIndex].range.end <= offset { linkIndex += 1 }
      var cellRole = role
      if entityIndex < entities.count, entities[entityIndex].range.contains(offset) {
        cellRole = entities[entityIndex].kind.styleRole
      } else if linkIndex < links.count, links[linkIndex].range.contains(offset) {
        cellRole = .bodyLink
      }
      if let shown = TerminalSafety.displayable(character) {
        let isBreak = shown == "\n" || shown == "\r\n"
        let columns = isBreak ? 0 : min(2, DisplayWidth.columns(of: shown))
        if columns > 0 || isBreak {
          result.append(
            Glyph(
              character: character == "\n" || character == "\r\n" ? "\n" : shown,
              columns: columns, role: cellRole, offset: Int32(clamping: offset)))
        }
      }
      offset += character.unicodeScalars.count
    }
    return result
  }

  /// Wraps glyphs into lines of at most `width` columns.
  static func wrap(
    _ glyphs: [Glyph], width: Int, paragraph: Int, prefix: LinePrefix?
  ) -> [LaidOutLine] {
    let prefix = prefix.flatMap { DisplayWidth.columns(of: $0.first) + 4 <= width ? $0 : nil }
    var lines: [LaidOutLine] = []
    var current: [LaidOutCell] = []
    var column = 0
    var pendingSpace: Glyph?

    func startLine(first: Bool) {
      current = []
      column = 0
      if let prefix {
        let text = first ? prefix.first : prefix.rest
        for character in text {
          current.append(LaidOutCell(character: character, role: prefix.role, offset: -1))
          column += DisplayWidth.columns(of: character)
        }
      }
    }
    func flush() {
      lines.append(LaidOutLine(paragraph: paragraph, cells: current))
      startLine(first: false)
      pendingSpace = nil
    }
    func append(_ glyph: Glyph) {
      current.append(
        LaidOutCell(character: glyph.character, role: glyph.role, offset: glyph.offset))
      column += glyph.columns
    }

    startLine(first: true)
    let lineStart = column
    var index = 0
    while index < glyphs.count {
      let glyph = glyphs[index]
      if glyph.isNewline {
        flush()
        index += 1
        continue
      }
      if glyph.isSpace {
        if column > lineStart, pendingSpace == nil { pendingSpace = glyph }
        index += 1
        continue
      }
      var end = index
      var wordColumns = 0
      while end < glyphs.count, !glyphs[end].isSpace, !glyphs[end].isNewline {
        wordColumns += glyphs[end].columns
        end += 1
      }
      let spaceColumns = pendingSpace == nil ? 0 : 1
      if column + spaceColumns + wordColumns <= width {
        if let space = pendingSpace { append(space) }
      } else if wordColumns <= width - lineStart {
        flush()
      } else if let space = pendingSpace, column + 2 <= width {
        append(space)
      }
      pendingSpace = nil
      for glyphIndex in index..<end {
        let piece = glyphs[glyphIndex]
        if column + piece.columns > width, column > lineStart { flush() }
        append(piece)
      }
      index = end
    }
    if !current.isEmpty && column > lineStart || lines.isEmpty {
      lines.append(LaidOutLine(paragraph: paragraph, cells: current))
    }
    return lines
  }
}

extension EntityKind {
  /// The style role entity mentions of this kind are drawn with.
  var styleRole: StyleRole {
    switch self {
    case .person: .entityPerson
    case .organization: .entityOrganization
    case .location: .entityLocation
    case .misc: .entityMisc
    case .date: .entityDate
    case .money: .entityMoney
    case .percent: .entityPercent
    }
  }
}
