/// How fetching one web source went: what each source keeps as its last outcome, and what
/// `add` and `index` name for each failed address.
public enum FeedOutcome: Error, Hashable, Sendable, CustomStringConvertible {
  /// Fetched and read.
  case ok
  /// The server said nothing changed (304).
  case notModified
  /// The server answered with another status (404, 500, 429 …).
  case httpStatus(Int)
  /// No answer in time (connecting, or the whole request).
  case timeout
  /// The TLS handshake failed (an untrusted or expired certificate, a wrong host name).
  case tlsError(String)
  /// The host could not be reached (no such host, connection refused).
  case network(String)
  /// The response is neither a feed nor a web page Byline can read.
  case notAFeed(String)
  /// The body is larger than the limit (in bytes).
  case tooLarge(limit: Int)
  /// The redirects came back to an address already visited.
  case redirectLoop
  /// More redirects than allowed.
  case tooManyRedirects(Int)
  /// A redirect to something other than http or https.
  case badRedirect(String)
  /// The address is not an http or https URL.
  case invalidAddress
  /// Not fetched: offline, or stopped by quitting.
  case skipped(String)

  /// Whether this counts as a failure.
  public var isFailure: Bool {
    switch self {
    case .ok, .notModified, .skipped: false
    default: true
    }
  }

  /// The text kept in the library (`feeds.outcome`) and shown by `byline sources`.
  public var storedValue: String {
    switch self {
    case .ok: "ok"
    case .notModified: "not modified"
    case .httpStatus(let status): "HTTP \(status)"
    case .timeout: "timeout"
    case .tlsError(let reason): "TLS error: \(reason)"
    case .network(let reason): "unreachable: \(reason)"
    case .notAFeed(let reason): "not a feed: \(reason)"
    case .tooLarge(let limit): "too large (over \(limit / 1_048_576) MiB)"
    case .redirectLoop: "redirect loop"
    case .tooManyRedirects(let count): "too many redirects (over \(count))"
    case .badRedirect(let scheme): "redirect to a \(scheme) address refused"
    case .invalidAddress: "not an http or https address"
    case .skipped(let reason): "not fetched: \(reason)"
    }
  }

  /// The outcome as the user reads it.
  public var description: String { storedValue }
}
