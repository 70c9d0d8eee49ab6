import Foundation

/// How web sources are fetched: limits, timeouts, trust, proxies and the refresh interval.
/// The defaults are the documented ones; tests shorten the timeouts.
public struct FetchSettings: Sendable, Hashable {
  /// Seconds to connect (TCP and TLS).
  public var connectTimeout: Double = 10
  /// Seconds for a whole request, body included (each redirect is a request of its own).
  public var requestTimeout: Double = 30
  /// The largest body read, in bytes (as for files: 32 MiB).
  public var maxBodyBytes = 32 * 1_048_576
  /// Redirects followed at most.
  public var maxRedirects = 5
  /// The `User-Agent` header.
  public var userAgent = "Byline/\(FetchSettings.bylineVersion)"
  /// A PEM file of certificates trusted besides the system's (`--ca-file`, `ca-file`).
  public var caFile: String?
  /// Fetches at once.
  public var concurrency = 8
  /// Connections to one host at once.
  public var perHost = 2
  /// Seconds before a feed is fetched again (unless forced).
  public var interval: Double = 30 * 60
  /// Whether to stay off the network (`--offline`, `offline yes`).
  public var offline = false
  /// Whether to fetch every feed, whatever its interval (`--force`).
  public var force = false
  /// The proxies to use, read from the environment.
  public var proxies = ProxySettings(environment: ProcessInfo.processInfo.environment)

  /// Byline's version, as the `User-Agent` gives it.
  public static let bylineVersion = "0.1.0"

  /// The default settings.
  public init() {}
}
