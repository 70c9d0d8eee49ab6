import BylineCore
import Foundation

/// A short, meaningful name for where an article came from, for the body header: the source's
/// own name when the reader found one (a JSON article's `source` field), else the site of the
/// article's link, else the file's folder and name — never a long absolute path such as the
/// bundled sample library's. Display only: the stored `source` and the article key keep the path.
enum SourceName {
  /// The name to show for `article`.
  static func display(for article: Article) -> String {
    display(source: article.source, url: article.url)
  }

  /// The name to show for an article read from `source` with link `url`.
  static func display(source: String, url: String?) -> String {
    // JSON articles that name their source are stored as "PATH (NAME)".
    if source.hasSuffix(")"), let open = source.range(of: " (", options: .backwards) {
      let name = source[open.upperBound..<source.index(before: source.endIndex)]
      if !name.isEmpty, source[..<open.lowerBound].contains("/") { return String(name) }
    }
    if let url, let site = host(of: url) { return site }
    if let site = host(of: source) { return site }
    let parts = source.split(separator: "/")
    return parts.suffix(2).joined(separator: "/")
  }

  /// The host of an http(s) URL, without a leading `www.`.
  private static func host(of text: String) -> String? {
    guard text.hasPrefix("http://") || text.hasPrefix("https://"),
      let host = URLComponents(string: text)?.host, !host.isEmpty
    else { return nil }
    return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
  }
}
