import BylineCore
import Foundation
import NIOCore
import NIOHTTP1
import NIOHTTPCompression
import NIOPosix
import NIOSSL

/// A real HTTP server on 127.0.0.1 (a free port) for the fetching tests: routes answer with a
/// fixed response that a test may change between fetches, never answer, or send an endless
/// body. Every request is recorded with its headers.
final class TestHTTPServer: Sendable {
  /// How a route answers.
  enum Behaviour: Sendable {
    /// A normal response.
    case respond
    /// Reads the request and never answers.
    case silent
    /// Sends 64 KiB chunks until the client goes away (at most 16 MiB).
    case endless
  }

  /// One route's answer.
  struct Route: Sendable {
    var status: HTTPResponseStatus = .ok
    var headers: [(String, String)] = []
    var body: String = ""
    var behaviour: Behaviour = .respond
    /// Answers 304 when the request's `If-None-Match` equals this.
    var etag: String?
    /// Answers 304 when the request's `If-Modified-Since` equals this.
    var lastModified: String?
  }

  /// A request as the server received it.
  struct Request: Sendable {
    var path: String
    var headers: [(String, String)]

    func header(_ name: String) -> String? {
      headers.first { $0.0.lowercased() == name.lowercased() }?.1
    }
  }

  private let group: MultiThreadedEventLoopGroup
  private let channel: any Channel
  private let routes = Locked<[String: Route]>([:])
  private let requests = Locked<[Request]>([])
  private let stopped = Locked(false)
  /// The port bound.
  let port: Int
  /// `http://127.0.0.1:PORT` (or https).
  let base: String

  /// Starts a server; `compressing` adds gzip/deflate response compression, `tls` serves https.
  init(compressing: Bool = false, tls: NIOSSLContext? = nil) throws {
    group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    let routes = self.routes
    let requests = self.requests
    let bootstrap = ServerBootstrap(group: group)
      .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
      .childChannelInitializer { channel in
        channel.eventLoop.makeCompletedFuture {
          if let tls {
            try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: tls))
          }
          try channel.pipeline.syncOperations.configureHTTPServerPipeline()
          if compressing {
            try channel.pipeline.syncOperations.addHandler(HTTPResponseCompressor())
          }
          try channel.pipeline.syncOperations.addHandler(
            RouteHandler(routes: routes, requests: requests))
        }
      }
    channel = try bootstrap.bind(host: "127.0.0.1", port: 0).wait()
    port = channel.localAddress?.port ?? 0
    base = (tls == nil ? "http" : "https") + "://127.0.0.1:\(port)"
  }

  /// Sets the answer of `path`.
  func route(_ path: String, _ route: Route) {
    routes.withLock { $0[path] = route }
  }

  /// Sets `path` to answer 200 with `body` and these headers.
  func serve(_ path: String, _ body: String, headers: [(String, String)] = []) {
    route(path, Route(headers: headers, body: body))
  }

  /// The requests received so far.
  var received: [Request] { requests.withLock { $0 } }

  /// `base + path`.
  func url(_ path: String) -> String { base + path }

  /// Stops the server (once; later calls do nothing).
  func stop() {
    let first = stopped.withLock { wasStopped in
      defer { wasStopped = true }
      return !wasStopped
    }
    guard first else { return }
    try? channel.close().wait()
    try? group.syncShutdownGracefully()
  }

  deinit { stop() }
}

private final class RouteHandler: ChannelInboundHandler, @unchecked Sendable {
  typealias InboundIn = HTTPServerRequestPart
  typealias OutboundOut = HTTPServerResponsePart

  private let routes: Locked<[String: TestHTTPServer.Route]>
  private let requests: Locked<[TestHTTPServer.Request]>
  private var head: HTTPRequestHead?

  init(routes: Locked<[String: TestHTTPServer.Route]>, requests: Locked<[TestHTTPServer.Request]>) {
    self.routes = routes
    self.requests = requests
  }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    switch unwrapInboundIn(data) {
    case .head(let head): self.head = head
    case .body: break
    case .end:
      guard let head else { return }
      let path = String(head.uri.split(separator: "?").first ?? "")
      let request = TestHTTPServer.Request(
        path: path, headers: head.headers.map { ($0.name, $0.value) })
      requests.withLock { $0.append(request) }
      let route = routes.withLock { $0[path] } ?? TestHTTPServer.Route(status: .notFound, body: "")
      respond(route, to: request, context: context)
    }
  }

  private func respond(
    _ route: TestHTTPServer.Route, to request: TestHTTPServer.Request,
    context: ChannelHandlerContext
  ) {
    switch route.behaviour {
    case .silent:
      return
    case .endless:
      var headers = HTTPHeaders()
      headers.add(name: "Content-Type", value: "application/rss+xml")
      context.write(
        wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: .ok, headers: headers))),
        promise: nil)
      sendChunk(context: context, remaining: 256)
      return
    case .respond:
      break
    }
    var status = route.status
    var body = route.body
    if let etag = route.etag, request.header("If-None-Match") == etag {
      status = .notModified
      body = ""
    }
    if let lastModified = route.lastModified, request.header("If-Modified-Since") == lastModified {
      status = .notModified
      body = ""
    }
    var headers = HTTPHeaders(route.headers)
    if let etag = route.etag { headers.replaceOrAdd(name: "ETag", value: etag) }
    if let lastModified = route.lastModified {
      headers.replaceOrAdd(name: "Last-Modified", value: lastModified)
    }
    if status != .notModified {
      headers.replaceOrAdd(name: "Content-Length", value: "\(body.utf8.count)")
    }
    context.write(
      wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: status, headers: headers))),
      promise: nil)
    if !body.isEmpty {
      context.write(
        wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(string: body)))),
        promise: nil)
    }
    context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
  }

  private func sendChunk(context: ChannelHandlerContext, remaining: Int) {
    guard remaining > 0, context.channel.isActive else {
      context.close(promise: nil)
      return
    }
    let chunk = context.channel.allocator.buffer(repeating: UInt8(ascii: "x"), count: 65_536)
    let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
    context.writeAndFlush(wrapOutboundOut(.body(.byteBuffer(chunk)))).whenComplete { result in
      if case .success = result {
        self.sendChunk(context: bound.value, remaining: remaining - 1)
      } else {
        bound.value.close(promise: nil)
      }
    }
  }
}
