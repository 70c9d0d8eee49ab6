import Foundation

/// Reads JSON Feed 1.x documents, JSON Lines files, and plain JSON article objects (or arrays
/// of them).
///
/// An article object has `title`; its text in `content_html`, `content_text`, `text`, `content`,
/// `body` or `summary` (HTML is detected and goes through the HTML reader); optional
/// `date_published`, `date`, `published` or `date_modified`; `url` (or `external_url`); `id`;
/// `author` (a string or an object with `name`) or `authors`; and `source` (kept as the article's
/// source, after the file path: `file.jsonl (source)`).
enum JSONArticleReader {
  /// The articles in a JSON document (JSON Feed, an article object, or an array of them).
  static func readDocument(_ text: String, source: String) -> FileIngest {
    let value: Any
    do {
      value = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    } catch {
      return FileIngest(
        format: .json, articles: [],
        diagnostics: [
          IngestDiagnostic(
            severity: .error, path: source,
            message: "invalid JSON: \(errorMessage(error))")
        ])
    }
    if let feed = value as? [String: Any], let items = feed["items"] as? [Any], isJSONFeed(feed) {
      let feedAuthor = author(in: feed)
      var articles: [Article] = []
      var diagnostics: [IngestDiagnostic] = []
      for (index, item) in items.enumerated() {
        guard let object = item as? [String: Any] else {
          diagnostics.append(
            IngestDiagnostic(
              severity: .error, path: source, message: "item \(index + 1) is not an object"))
          continue
        }
        var draft = self.draft(object)
        draft.author = draft.author ?? feedAuthor
        diagnostics.append(contentsOf: draft.warnings(path: source))
        articles.append(draft.article(source: source))
      }
      return FileIngest(format: .json, articles: articles, diagnostics: diagnostics)
    }
    if let object = value as? [String: Any] {
      let draft = self.draft(object)
      return FileIngest(
        format: .json, articles: [draft.article(source: articleSource(object, source))],
        diagnostics: draft.warnings(path: source))
    }
    if let array = value as? [Any] {
      var articles: [Article] = []
      var diagnostics: [IngestDiagnostic] = []
      for (index, element) in array.enumerated() {
        if let object = element as? [String: Any] {
          let draft = self.draft(object)
          diagnostics.append(contentsOf: draft.warnings(path: source))
          articles.append(draft.article(source: articleSource(object, source)))
        } else {
          diagnostics.append(
            IngestDiagnostic(
              severity: .error, path: source,
              message: "array element \(index + 1) is not an article object"))
        }
      }
      return FileIngest(format: .json, articles: articles, diagnostics: diagnostics)
    }
    return FileIngest(
      format: .json, articles: [],
      diagnostics: [
        IngestDiagnostic(
          severity: .error, path: source, message: "JSON is neither an object nor an array")
      ])
  }

  /// The articles in a JSON Lines file; a bad line gives an error naming the line, and the
  /// other lines are still read.
  static func readLines(_ text: String, source: String) -> FileIngest {
    var articles: [Article] = []
    var diagnostics: [IngestDiagnostic] = []
    var lineNumber = 0
    for line in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      lineNumber += 1
      guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
      do {
        let value = try JSONSerialization.jsonObject(with: Data(line))
        guard let object = value as? [String: Any] else {
          diagnostics.append(
            IngestDiagnostic(
              severity: .error, path: source, line: lineNumber,
              message: "not a JSON object; line skipped"))
          continue
        }
        var draft = self.draft(object)
        draft.line = lineNumber
        guard !draft.isEmpty else {
          diagnostics.append(
            IngestDiagnostic(
              severity: .warning, path: source, line: lineNumber,
              message: "object has no title, text or URL; line skipped"))
          continue
        }
        diagnostics.append(contentsOf: draft.warnings(path: source))
        articles.append(draft.article(source: articleSource(object, source)))
      } catch {
        diagnostics.append(
          IngestDiagnostic(
            severity: .error, path: source, line: lineNumber,
            message: "invalid JSON (\(errorMessage(error))); line skipped"))
      }
    }
    return FileIngest(format: .jsonLines, articles: articles, diagnostics: diagnostics)
  }

  private static func draft(_ object: [String: Any]) -> ArticleDraft {
    var draft = ArticleDraft()
    draft.title = string(object, "title")
    draft.url = FeedText.safeLink(
      string(object, "url") ?? string(object, "external_url") ?? string(object, "link"))
    draft.identifier = string(object, "id") ?? string(object, "guid")
    draft.author = author(in: object)
    for key in ["date_published", "date", "published", "pubDate", "date_modified"] {
      if let text = string(object, key) {
        draft.setDate(text)
        break
      }
    }
    if let html = string(object, "content_html") {
      draft.paragraphs = FeedText.htmlParagraphs(html)
    } else if let text = string(object, "content_text") {
      draft.paragraphs = FeedReader.plainParagraphs(text)
    } else if let text = ["text", "content", "body", "summary"].lazy.compactMap({
      string(object, $0)
    }).first {
      draft.paragraphs = FeedReader.paragraphs(fromContent: text, type: nil)
    }
    return draft
  }

  /// Whether `object` is a JSON Feed: its `version` is the JSON Feed URL (or a bare `1.x`, as
  /// some generators write it), or it has a JSON Feed's `home_page_url` or `feed_url`.
  private static func isJSONFeed(_ object: [String: Any]) -> Bool {
    if let version = object["version"] as? String {
      if version.contains("jsonfeed.org/version/1") || version.hasPrefix("1.") { return true }
    }
    return object["home_page_url"] is String || object["feed_url"] is String
  }

  private static func author(in object: [String: Any]) -> String? {
    if let name = string(object, "author") { return name }
    if let person = object["author"] as? [String: Any], let name = string(person, "name") {
      return name
    }
    if let people = object["authors"] as? [[String: Any]] {
      let names = people.compactMap { string($0, "name") }
      return names.isEmpty ? nil : names.joined(separator: ", ")
    }
    return nil
  }

  private static func articleSource(_ object: [String: Any], _ path: String) -> String {
    guard let named = string(object, "source") else { return path }
    return "\(path) (\(named))"
  }

  private static func string(_ object: [String: Any], _ key: String) -> String? {
    guard let text = object[key] as? String else {
      if let number = object[key] as? NSNumber, key == "id" { return number.stringValue }
      return nil
    }
    let trimmed = text.trimmingSpace()
    return trimmed.isEmpty ? nil : trimmed
  }

  private static func errorMessage(_ error: Error) -> String {
    let nsError = error as NSError
    if let detail = nsError.userInfo[NSDebugDescriptionErrorKey] as? String { return detail }
    return "cannot parse"
  }
}
