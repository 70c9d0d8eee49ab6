import Foundation

/// Helpers for the http and https addresses of web sources: recognising them, resolving
/// relative ones, and writing them without credentials (a `user:password@` in a URL never
/// appears in a message, a log or the list of sources).
public enum WebAddress {
  /// Whether `text` names a web address (`http://` or `https://`, any case) rather than a path.
  public static func isWebAddress(_ text: String) -> Bool {
    let lower = text.prefix(8).lowercased()
    return lower.hasPrefix("http://") || lower.hasPrefix("https://")
  }

  /// The address as a URL when it is an absolute http or https URL with a host; else `nil`.
  public static func parse(_ text: String) -> URL? {
    guard let url = URL(string: text.trimmingCharacters(in: .whitespaces)),
      let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
      let host = url.host, !host.isEmpty
    else { return nil }
    return url
  }

  /// `reference` resolved against `base` (a redirect's `Location`, a page's `<link href>`), or
  /// `nil` when the result is not http or https.
  static func resolve(_ reference: String, against base: String) -> URL? {
    let trimmed = reference.trimmingCharacters(in: .whitespacesAndNewlines)
    guard let baseURL = URL(string: base),
      let resolved = URL(string: trimmed, relativeTo: baseURL)?.absoluteURL
    else { return nil }
    return parse(resolved.absoluteString)
  }

  /// The scheme of `reference` resolved against `base`, lower-cased, if it has one.
  static func scheme(of reference: String, against base: String) -> String? {
    guard let baseURL = URL(string: base) else { return nil }
    return URL(string: reference, relativeTo: baseURL)?.absoluteURL.scheme?.lowercased()
  }

  /// `text` with any user name and password removed (`https://u:p@host/x` → `https://host/x`),
  /// sanitised for display. Text that is not a URL is returned sanitised.
  public static func redacted(_ text: String) -> String {
    var result = text
    if var components = URLComponents(string: text),
      components.user != nil || components.password != nil
    {
      components.user = nil
      components.password = nil
      result = components.string ?? text
    } else if let schemeEnd = text.range(of: "://") {
      // Not parsed as URL components: drop everything between the scheme and an '@' that
      // comes before the path.
      let rest = text[schemeEnd.upperBound...]
      let authorityEnd = rest.firstIndex(where: { "/?#".contains($0) }) ?? rest.endIndex
      if let at = rest[..<authorityEnd].lastIndex(of: "@") {
        result = String(text[..<schemeEnd.upperBound]) + rest[rest.index(after: at)...]
      }
    }
    return TextSanitizer.sanitizeLine(result)
  }

  /// The host of a web address, for messages (`example.com`), or the redacted address.
  static func host(of text: String) -> String {
    URL(string: text)?.host ?? redacted(text)
  }
}
