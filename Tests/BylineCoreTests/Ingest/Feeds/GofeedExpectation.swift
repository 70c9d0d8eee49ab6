import Foundation

@testable import BylineCore

/// What one of gofeed's fixtures expects of a feed's items, in the fields Byline models (title,
/// link, date, author, text), read from the fixture's JSON: gofeed's universal item model for
/// `translator/*`, its RSS, Atom and JSON Feed models for `parser/*`.
struct GofeedExpectation {
  /// The fields of one expected item; `nil` where the fixture says nothing.
  struct Item {
    var title: String?
    var link: String?
    var date: Date?
    var author: String?
    var text: String?
  }

  /// Which JSON model the expectation is written in.
  enum Model {
    case universal, rss, atom, json
  }

  var items: [Item]

  /// Reads the expectation in `object` (the parsed JSON) written in `model`.
  init(_ object: [String: Any], model: Model) {
    let raw = (object["items"] as? [[String: Any]]) ?? (object["entries"] as? [[String: Any]]) ?? []
    items = raw.map { Self.item($0, model: model) }
  }

  private static func item(_ object: [String: Any], model: Model) -> Item {
    var item = Item()
    item.title = string(object["title"])
    switch model {
    case .universal:
      item.link = string(object["link"])
      item.date = date(object["publishedParsed"]) ?? date(object["updatedParsed"])
      item.author = person(object["author"]) ?? people(object["authors"])
      item.text = string(object["content"]) ?? string(object["description"])
    case .rss:
      item.link = string(object["link"])
      item.date = date(object["pubDateParsed"])
      item.author = string(object["author"]).map(rssName)
      item.text = string(object["content"]) ?? string(object["description"])
    case .atom:
      let links = (object["links"] as? [[String: Any]]) ?? []
      item.link =
        links.first(where: {
          (string($0["rel"]) ?? "alternate") == "alternate" && $0["href"] != nil
        })
        .flatMap { string($0["href"]) }
      item.date = date(object["publishedParsed"]) ?? date(object["updatedParsed"])
      item.author = people(object["authors"])
      let content = object["content"] as? [String: Any]
      item.text = string(content?["value"]) ?? string(object["summary"])
    case .json:
      item.link = string(object["url"]) ?? string(object["external_url"])
      item.date = date(object["date_published"]) ?? date(object["date_modified"])
      item.author = person(object["author"]) ?? people(object["authors"])
      item.text =
        string(object["content_html"]) ?? string(object["content_text"])
        ?? string(object["summary"])
    }
    return item
  }

  private static func string(_ value: Any?) -> String? {
    guard let text = value as? String else { return nil }
    let trimmed = text.trimmingSpace()
    return trimmed.isEmpty ? nil : trimmed
  }

  private static func person(_ value: Any?) -> String? {
    guard let object = value as? [String: Any] else { return nil }
    return string(object["name"]) ?? string(object["email"])
  }

  private static func people(_ value: Any?) -> String? {
    (value as? [[String: Any]])?.lazy.compactMap { person($0) }.first
  }

  /// gofeed's RSS model keeps the author as written; the name is what a reader shows.
  private static func rssName(_ text: String) -> String {
    if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
      return String(text[text.index(after: open)..<text.index(before: text.endIndex)])
    }
    return text
  }

  private static func date(_ value: Any?) -> Date? {
    guard let text = string(value) else { return nil }
    let formatter = ISO8601DateFormatter()
    if let date = formatter.date(from: text) { return date }
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    return formatter.date(from: text)
  }
}
