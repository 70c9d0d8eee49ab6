import Foundation

/// What a reader found for one article, before it becomes an ``Article``: raw metadata (still to
/// be sanitised) and finished paragraphs.
struct ArticleDraft {
  /// The title as the source gave it, if any.
  var title: String?
  /// The article's own URL.
  var url: String?
  /// A GUID or other ID the source gives, used for the key when there is no URL.
  var identifier: String?
  /// The author or byline.
  var author: String?
  /// The name of the site that published it.
  var site: String?
  /// When it was published, if the source said and the date parsed.
  var published: Date?
  /// The body.
  var paragraphs: [Paragraph] = []
  /// A date the source gave that could not be read (the article is left undated).
  var unreadableDate: String?
  /// The 1-based line in the file where the article (or its unreadable date) starts, if known.
  var line: Int?

  /// Sets ``published`` from the source's date text, or records it as unreadable.
  mutating func setDate(_ text: String, line: Int? = nil) {
    let trimmed = text.trimmingSpace()
    guard !trimmed.isEmpty else { return }
    if let date = DateParser.date(from: trimmed) {
      published = date
      unreadableDate = nil
    } else if published == nil {
      unreadableDate = trimmed
      if let line { self.line = line }
    }
  }

  /// Whether the source gave nothing at all for this article: no title, text or URL.
  var isEmpty: Bool {
    (title ?? "").isEmpty && paragraphs.isEmpty && (url ?? "").isEmpty
  }

  /// The warnings to report for this article when it is read from `path`.
  func warnings(path: String) -> [IngestDiagnostic] {
    guard let unreadableDate, published == nil else { return [] }
    let shown = TextSanitizer.sanitizeTitle(String(unreadableDate.prefix(60)))
    return [
      IngestDiagnostic(
        severity: .warning, path: path, line: line,
        message: "unknown date \"\(shown)\"; the article is left undated")
    ]
  }

  /// The finished article: every field sanitised, an untitled article named after its first
  /// words (or `(untitled)`), a first paragraph that only repeats the title dropped.
  func article(source: String) -> Article {
    var body = paragraphs
    var cleanTitle = title.map(TextSanitizer.sanitizeTitle) ?? ""
    if !cleanTitle.isEmpty, let first = body.first,
      first.kind == .heading || first.kind == .body,
      first.text.utf8.count <= cleanTitle.utf8.count * 2 + 16,
      TextSanitizer.collapseWhitespace(first.text) == cleanTitle
    {
      body.removeFirst()
    }
    if cleanTitle.isEmpty {
      cleanTitle = Self.titleFromText(body.first?.text ?? "")
    }
    let cleanURL = url.map(TextSanitizer.sanitizeTitle).flatMap { $0.isEmpty ? nil : $0 }
    let cleanID = identifier.map(TextSanitizer.sanitizeTitle).flatMap { $0.isEmpty ? nil : $0 }
    let cleanAuthor = author.map(TextSanitizer.sanitizeTitle).flatMap { $0.isEmpty ? nil : $0 }
    let cleanSite = site.map(TextSanitizer.sanitizeTitle).flatMap { $0.isEmpty ? nil : $0 }
    let key = ArticleKey(
      identifier: cleanURL ?? cleanID, title: cleanTitle,
      published: published.map(DateParser.isoString), body: body.lazy.map(\.text))
    return Article(
      key: key, title: cleanTitle, source: TextSanitizer.sanitizeLine(source), url: cleanURL,
      author: cleanAuthor, published: published, site: cleanSite, paragraphs: body)
  }

  /// The first words of `text` (at most eight, and about 60 characters) with an ellipsis when
  /// cut, or `(untitled)` for no text.
  static func titleFromText(_ text: String) -> String {
    let words = TextSanitizer.collapseWhitespace(text).split(separator: " ")
    guard !words.isEmpty else { return "(untitled)" }
    var title = ""
    var used = 0
    for word in words.prefix(8) {
      if used > 0, title.count + word.count > 60 { break }
      title += used == 0 ? String(word) : " " + word
      used += 1
    }
    return used < words.count ? title + "…" : title
  }
}
