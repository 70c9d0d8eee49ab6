/// The proxies named by `https_proxy`, `http_proxy` and `no_proxy` (or their upper-case
/// forms), as curl reads them.
public struct ProxySettings: Sendable, Hashable {
  /// A proxy server.
  public struct Server: Sendable, Hashable {
    /// Its host.
    public var host: String
    /// Its port.
    public var port: Int
  }

  /// The proxy for https addresses.
  public var https: Server?
  /// The proxy for http addresses.
  public var http: Server?
  /// Hosts (and domains, with or without a leading dot) reached directly; `*` for all.
  public var bypass: [String] = []

  /// Reads the proxy variables from `environment`.
  public init(environment: [String: String]) {
    func value(_ name: String) -> String? {
      let text = environment[name] ?? environment[name.uppercased()]
      return text.flatMap { $0.isEmpty ? nil : $0 }
    }
    https = value("https_proxy").flatMap(Self.server)
    http = value("http_proxy").flatMap(Self.server)
    bypass = (value("no_proxy") ?? "").split(separator: ",").map {
      $0.trimmingCharacters(in: .whitespaces).lowercased()
    }.filter { !$0.isEmpty }
  }

  /// The proxy to use for `host` over `scheme`, or `nil` to connect directly.
  public func server(forScheme scheme: String, host: String) -> Server? {
    let host = host.lowercased()
    for entry in bypass {
      if entry == "*" { return nil }
      let domain = entry.hasPrefix(".") ? String(entry.dropFirst()) : entry
      if host == domain || host.hasSuffix("." + domain) { return nil }
    }
    return scheme.lowercased() == "https" ? https : http
  }

  /// `http://host:port`, `host:port` or `host` (port 1080 as curl assumes).
  static func server(_ text: String) -> Server? {
    var rest = Substring(text)
    if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
    if let at = rest.lastIndex(of: "@") { rest = rest[rest.index(after: at)...] }
    if let slash = rest.firstIndex(of: "/") { rest = rest[..<slash] }
    guard !rest.isEmpty else { return nil }
    if let colon = rest.lastIndex(of: ":"), let port = Int(rest[rest.index(after: colon)...]) {
      return Server(host: String(rest[..<colon]), port: port)
    }
    return Server(host: String(rest), port: 1080)
  }
}
