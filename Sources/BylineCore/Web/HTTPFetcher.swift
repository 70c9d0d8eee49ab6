import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOHTTPCompression
import NIOSSL

/// Fetches web addresses with AsyncHTTPClient: one shared client for direct connections (and
/// one per proxy server named in the environment, since a client has one proxy), TLS against
/// the system's trust store plus an optional CA file, gzip and deflate decompressed, HTTP/2
/// where the server offers it, at most ``FetchSettings/perHost`` connections to a host.
///
/// Redirects are followed here rather than by the client, so that loops, the limit and the
/// scheme are checked and a permanent move is known: at most ``FetchSettings/maxRedirects``,
/// http and https only. Call ``shutdown()`` when done.
final class HTTPFetcher: Sendable {
  let settings: FetchSettings
  private let direct: HTTPClient
  private let proxied: [ProxySettings.Server: HTTPClient]

  /// Makes the clients. Throws when the CA file cannot be read.
  init(settings: FetchSettings) throws(FetchSetupError) {
    self.settings = settings
    var tls = TLSConfiguration.makeClientConfiguration()
    if let caFile = settings.caFile {
      do {
        let certificates = try NIOSSLCertificate.fromPEMFile(caFile)
        guard !certificates.isEmpty else {
          throw FetchSetupError.unreadableCAFile(path: caFile, reason: "no certificate in it")
        }
        tls.additionalTrustRoots = [.certificates(certificates)]
      } catch let error as FetchSetupError {
        throw error
      } catch {
        throw .unreadableCAFile(path: caFile, reason: "\(error)")
      }
    }
    func configuration(proxy: ProxySettings.Server?) -> HTTPClient.Configuration {
      var configuration = HTTPClient.Configuration(
        tlsConfiguration: tls, redirectConfiguration: .disallow,
        timeout: .init(
          connect: .milliseconds(Int64(settings.connectTimeout * 1000)),
          read: .milliseconds(Int64(settings.requestTimeout * 1000))),
        connectionPool: .init(
          idleTimeout: .seconds(30),
          concurrentHTTP1ConnectionsPerHostSoftLimit: max(1, settings.perHost)),
        proxy: proxy.map { .server(host: $0.host, port: $0.port) },
        decompression: .enabled(limit: .size(settings.maxBodyBytes)))
      configuration.httpVersion = .automatic
      // A refused connection is an answer: say so at once rather than retrying until the
      // connect timeout.
      configuration.connectionPool.retryConnectionEstablishment = false
      return configuration
    }
    direct = HTTPClient(
      eventLoopGroupProvider: .singleton, configuration: configuration(proxy: nil))
    var proxied: [ProxySettings.Server: HTTPClient] = [:]
    for server in [settings.proxies.https, settings.proxies.http].compactMap({ $0 })
    where proxied[server] == nil {
      proxied[server] = HTTPClient(
        eventLoopGroupProvider: .singleton, configuration: configuration(proxy: server))
    }
    self.proxied = proxied
  }

  /// Shuts the clients down (cancelling whatever is still in flight).
  func shutdown() async {
    try? await direct.shutdown()
    for client in proxied.values { try? await client.shutdown() }
  }

  /// Fetches `url` (conditionally, when validators are given), following redirects.
  func fetch(_ url: String, etag: String? = nil, lastModified: String? = nil) async -> FetchResult {
    var current = url
    var visited: Set<String> = [url]
    var permanent = true
    var redirects = 0
    while true {
      if Task.isCancelled { return .failure(.skipped("cancelled")) }
      let result = await fetchOnce(current, etag: etag, lastModified: lastModified)
      guard case .redirect(let status, let location) = result else {
        switch result {
        case .response(var response):
          if redirects > 0, permanent { response.movedTo = current }
          response.url = current
          return .response(response)
        case .failure(let outcome):
          return .failure(outcome)
        case .redirect:
          return .failure(.redirectLoop)
        }
      }
      guard let next = WebAddress.resolve(location, against: current) else {
        return .failure(.badRedirect(WebAddress.scheme(of: location, against: current) ?? "bad"))
      }
      redirects += 1
      if redirects > settings.maxRedirects {
        return .failure(.tooManyRedirects(settings.maxRedirects))
      }
      let nextText = next.absoluteString
      guard visited.insert(nextText).inserted else { return .failure(.redirectLoop) }
      if status != 301 && status != 308 { permanent = false }
      current = nextText
    }
  }

  private enum SingleResult {
    case response(FetchResponse)
    case redirect(status: Int, location: String)
    case failure(FeedOutcome)
  }

  private func client(for url: URL) -> HTTPClient {
    guard let host = url.host,
      let server = settings.proxies.server(forScheme: url.scheme ?? "http", host: host)
    else { return direct }
    return proxied[server] ?? direct
  }

  private func fetchOnce(_ url: String, etag: String?, lastModified: String?) async -> SingleResult
  {
    guard let parsed = WebAddress.parse(url) else {
      return .failure(.badRedirect(URL(string: url)?.scheme ?? "bad"))
    }
    var request = HTTPClientRequest(url: url)
    request.method = .GET
    request.headers.add(name: "User-Agent", value: settings.userAgent)
    request.headers.add(
      name: "Accept",
      value: "application/rss+xml, application/atom+xml, application/feed+json, "
        + "application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5")
    request.headers.add(name: "Accept-Encoding", value: "gzip, deflate")
    if let etag { request.headers.add(name: "If-None-Match", value: etag) }
    if let lastModified { request.headers.add(name: "If-Modified-Since", value: lastModified) }
    let deadline = NIODeadline.now() + .milliseconds(Int64(settings.requestTimeout * 1000))
    do {
      let response = try await client(for: parsed).execute(request, deadline: deadline)
      let status = Int(response.status.code)
      let headers = response.headers
      if [301, 302, 303, 307, 308].contains(status), let location = headers.first(name: "Location")
      {
        return .redirect(status: status, location: location)
      }
      let limit = settings.maxBodyBytes
      if let length = headers.first(name: "Content-Length").flatMap(Int.init), length > limit,
        headers.first(name: "Content-Encoding") == nil
      {
        return .failure(.tooLarge(limit: limit))
      }
      var body: [UInt8] = []
      for try await buffer in response.body {
        if body.count + buffer.readableBytes > limit { return .failure(.tooLarge(limit: limit)) }
        body.append(contentsOf: buffer.readableBytesView)
      }
      return .response(
        FetchResponse(
          status: status, url: url, movedTo: nil, etag: headers.first(name: "ETag"),
          lastModified: headers.first(name: "Last-Modified"),
          contentType: headers.first(name: "Content-Type"),
          maxAge: HTTPHeaderValues.maxAge(headers.first(name: "Cache-Control")),
          retryAfter: HTTPHeaderValues.retryAfter(headers.first(name: "Retry-After")), body: body))
    } catch {
      return .failure(Self.outcome(for: error, limit: settings.maxBodyBytes))
    }
  }

  /// The outcome a client error stands for.
  static func outcome(for error: any Error, limit: Int) -> FeedOutcome {
    if error is CancellationError { return .skipped("cancelled") }
    if let error = error as? HTTPClientError {
      switch error {
      case .deadlineExceeded, .readTimeout, .connectTimeout, .writeTimeout, .tlsHandshakeTimeout,
        .getConnectionFromPoolTimeout:
        return .timeout
      case .cancelled:
        return .skipped("cancelled")
      case .remoteConnectionClosed:
        return .network("the server closed the connection")
      default:
        return .network("\(error)")
      }
    }
    if error is NIOHTTPDecompression.DecompressionError { return .tooLarge(limit: limit) }
    if error is NIOSSLError || error is BoringSSLError || error is NIOSSLExtraError {
      let text = "\(error)"
      if text.contains("CERTIFICATE_VERIFY_FAILED") || text.contains("certificate verify failed") {
        return .tlsError("certificate not trusted")
      }
      if text.contains("hostname") || text.contains("Hostname") {
        return .tlsError("certificate is for another host")
      }
      return .tlsError(text.count > 120 ? String(text.prefix(120)) + "…" : text)
    }
    let text = "\(error)"
    if text.lowercased().contains("refused") { return .network("connection refused") }
    if text.contains("NXDOMAIN") || text.lowercased().contains("resolve") {
      return .network("host not found")
    }
    return .network(text.count > 120 ? String(text.prefix(120)) + "…" : text)
  }
}
