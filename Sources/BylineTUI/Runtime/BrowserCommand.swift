/// The argument vector that opens a link in the browser: `$BROWSER` when set, else
/// `xdg-open`. Never a shell command line: the URL is one argument, and `$BROWSER` is split on
/// spaces into a program and its arguments, a literal `%s` argument being replaced by the URL
/// (else the URL is added at the end). Only http, https and mailto links are opened.
enum BrowserCommand {
  /// The schemes Byline opens.
  static let allowedSchemes: Set<String> = ["http", "https", "mailto"]
  /// The program used when `$BROWSER` is not set.
  static let fallbackProgram = "xdg-open"

  /// The scheme of `url`, lower-cased (`nil` when it has none, as in a relative link).
  static func scheme(of url: String) -> String? {
    guard let colon = url.firstIndex(of: ":") else { return nil }
    let scheme = url[..<colon]
    guard let first = scheme.first, first.isASCII, first.isLetter,
      scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
    else { return nil }
    return scheme.lowercased()
  }

  /// Whether `url` may be opened: an allowed scheme, no spaces or control characters.
  static func check(_ url: String) -> Result<Void, BrowserCommandError> {
    if url.unicodeScalars.contains(where: {
      $0.properties.generalCategory == .control || $0.properties.isWhitespace
    }) {
      return .failure(.malformed(url: url))
    }
    let scheme = scheme(of: url)
    guard let scheme, allowedSchemes.contains(scheme) else {
      return .failure(.refusedScheme(url: url, scheme: scheme))
    }
    return .success(())
  }

  /// The argument vector (program first) that opens `url`, given the value of `$BROWSER`.
  static func arguments(
    for url: String, browser: String?
  ) throws(BrowserCommandError) -> [String] {
    if case .failure(let problem) = check(url) { throw problem }
    guard let browser, !browser.isEmpty else { return [fallbackProgram, url] }
    let words = browser.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    guard let program = words.first else { throw .emptyBrowser(value: browser) }
    var rest = Array(words.dropFirst())
    if rest.contains("%s") {
      rest = rest.map { $0 == "%s" ? url : $0 }
    } else {
      rest.append(url)
    }
    return [program] + rest
  }
}
