import Foundation

/// The article metadata a page gives in a `<script type="application/ld+json">` block
/// (schema.org): the first object whose `@type` is an article type, at the top level, in an
/// array or in an `@graph`.
struct JSONLDArticle {
  var name: String?
  var headline: String?
  var author: String?
  var datePublished: String?
  var publisher: String?
  var articleBody: String?

  /// The schema.org types read as articles.
  static let articleTypes: Set<String> = [
    "Article", "AdvertiserContentArticle", "NewsArticle", "AnalysisNewsArticle",
    "AskPublicNewsArticle", "BackgroundNewsArticle", "OpinionNewsArticle",
    "ReportageNewsArticle", "ReviewNewsArticle", "Report", "SatiricalArticle",
    "ScholarlyArticle", "MedicalScholarlyArticle", "SocialMediaPosting", "BlogPosting",
    "LiveBlogPosting", "DiscussionForumPosting", "TechArticle", "APIReference",
  ]

  /// `articleBody` as paragraphs, one a line (it is plain text; markup in it reads as text).
  var bodyParagraphs: [Paragraph] {
    guard let articleBody else { return [] }
    var builder = ParagraphBuilder()
    return articleBody.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).compactMap { line in
      builder.append(line)
      return builder.finish()
    }
  }

  /// The article in one JSON-LD block, or `nil` when it holds none (or is not JSON).
  init?(json text: String) {
    var trimmed = text.trimmingSpace()
    if trimmed.hasPrefix("<![CDATA["), trimmed.hasSuffix("]]>") {
      trimmed = String(trimmed.dropFirst(9).dropLast(3))
    }
    guard let data = trimmed.data(using: .utf8),
      let parsed = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]),
      let object = Self.articleObject(in: parsed)
    else { return nil }
    name = Self.string(object["name"])
    headline = Self.string(object["headline"])
    author = Self.author(object["author"])
    datePublished = Self.string(object["datePublished"])
    if let publisher = object["publisher"] as? [String: Any] {
      self.publisher = Self.string(publisher["name"])
    }
    articleBody = Self.string(object["articleBody"])
  }

  /// The first article-typed object in `value`, looking into arrays and `@graph` (not deeper).
  private static func articleObject(in value: Any) -> [String: Any]? {
    var candidates: [[String: Any]] = []
    if let array = value as? [Any] {
      candidates = array.compactMap { $0 as? [String: Any] }
    } else if let object = value as? [String: Any] {
      candidates = [object]
      if let graph = object["@graph"] as? [Any] {
        candidates += graph.compactMap { $0 as? [String: Any] }
      }
    }
    return candidates.first { isArticle($0) }
  }

  private static func types(_ object: [String: Any]) -> [String] {
    if let type = object["@type"] as? String { return [type] }
    return (object["@type"] as? [Any])?.compactMap { $0 as? String } ?? []
  }

  private static func isArticle(_ object: [String: Any]) -> Bool {
    types(object).contains { articleTypes.contains($0) }
  }

  private static func string(_ value: Any?) -> String? {
    guard let text = value as? String else { return nil }
    let trimmed = text.trimmingSpace()
    return trimmed.isEmpty ? nil : trimmed
  }

  /// An author's name, or the names of several authors joined by ", ".
  private static func author(_ value: Any?) -> String? {
    if let name = string(value) { return name }
    if let object = value as? [String: Any] { return string(object["name"]) }
    if let array = value as? [Any] {
      let names = array.compactMap { item -> String? in
        if let object = item as? [String: Any] { return string(object["name"]) }
        return string(item)
      }
      return names.isEmpty ? nil : names.joined(separator: ", ")
    }
    return nil
  }
}
