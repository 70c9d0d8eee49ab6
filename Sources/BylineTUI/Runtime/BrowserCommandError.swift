/// Why a link is not opened in the browser.
enum BrowserCommandError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The link's scheme is not http, https or mailto (or it has none).
  case refusedScheme(url: String, scheme: String?)
  /// The link holds characters no URL may hold (spaces, control characters).
  case malformed(url: String)
  /// `$BROWSER` is set but names no program.
  case emptyBrowser(value: String)

  /// The message for the status line.
  var description: String {
    switch self {
    case .refusedScheme(let url, let scheme?):
      "Will not open \(scheme): links (only http, https, mailto): \(url)"
    case .refusedScheme(let url, nil):
      "Not an absolute http, https or mailto link: \(url)"
    case .malformed(let url):
      "Will not open a link with spaces or control characters: \(url)"
    case .emptyBrowser(let value):
      "$BROWSER ('\(value)') names no program"
    }
  }
}
