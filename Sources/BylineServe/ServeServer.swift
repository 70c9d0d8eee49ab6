import BylineCore
import Foundation
import NIOCore
import NIOPosix
import NIOSSH

/// `byline serve`: an SSH server whose only program is the reader. Each authenticated session
/// with a terminal gets its own `byline read` child on a pseudo-terminal, over the shared
/// library read-only, with reading state of its key's own.
public enum ServeServer {
  /// Starts the server with `configuration`, prints the host key's fingerprint and the address
  /// to `announce`, and serves until SIGTERM or SIGINT; then stops accepting, tells every reader
  /// to quit, and returns once none is left.
  public static func run(
    _ configuration: ServeConfiguration, announce: (String) -> Void
  ) throws(ServeError) {
    let log = try ServeLog(file: configuration.log)
    let hostKey = try HostKey.loadOrCreate(at: configuration.hostKey)
    announce(
      "host key \(hostKey.fingerprint) (ED25519) \(hostKey.isNew ? "made at" : "from") "
        + configuration.hostKey.path)
    var keys: [AuthorizedKey] = []
    if let file = configuration.authorizedKeys {
      let loaded = try AuthorizedKeysFile.load(file)
      for problem in loaded.problems {
        announce(problem)
        log.line("authorized keys: \(problem)")
      }
      keys = loaded.keys
      announce("\(keys.count) reader key\(keys.count == 1 ? "" : "s") from \(file.path)")
    }
    let readerKeys = keys
    if configuration.isOpen {
      announce("open: any key is admitted, each with its own reading state")
    } else if keys.isEmpty {
      throw .noReaders(
        reason: configuration.authorizedKeys == nil
          ? "give --authorized-keys FILE, or --open to admit any key"
          : "no usable key in \(configuration.authorizedKeys?.path ?? "")")
    }
    do {
      _ = try Library.open(at: configuration.library)
    } catch {
      throw .library(path: configuration.library.path, reason: "\(error)")
    }

    let group = MultiThreadedEventLoopGroup(numberOfThreads: 2)
    let gate = AddressGate(
      maxSessions: configuration.maxSessions, maxPerAddress: configuration.maxPerAddress)
    let registry = ReaderRegistry()
    let services = SessionServices(
      configuration: configuration, gate: gate, registry: registry, log: log)
    let sshKey = hostKey.sshKey
    let authTimeout = TimeAmount.seconds(Int64(configuration.authenticationTimeout))
    let bootstrap = ServerBootstrap(group: group)
      .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
      .childChannelInitializer { channel in
        let address = channel.remoteAddress?.ipAddress ?? "unknown"
        let record = ConnectionRecord(address: address)
        return channel.eventLoop.makeCompletedFuture {
          let authenticator = KeyAuthenticator(
            keys: readerKeys, isOpen: configuration.isOpen, record: record, gate: gate, log: log)
          let server = SSHServerConfiguration(
            hostKeys: [sshKey], userAuthDelegate: authenticator,
            globalRequestDelegate: RefusingGlobalRequests(record: record, log: log))
          let ssh = NIOSSHHandler(
            role: .server(server), allocator: channel.allocator,
            inboundChildChannelInitializer: { child, type in
              childChannel(child, type: type, record: record, services: services)
            })
          try channel.pipeline.syncOperations.addHandlers([
            ConnectionWatch(
              record: record, gate: gate, log: log, authenticationTimeout: authTimeout),
            ssh,
          ])
        }
      }
    let server: Channel
    do {
      server = try bootstrap.bind(host: configuration.host, port: configuration.port).wait()
    } catch {
      try? group.syncShutdownGracefully()
      throw .listen(
        address: "\(configuration.host):\(configuration.port)", reason: "\(error)")
    }
    let port = server.localAddress?.port ?? configuration.port
    announce("listening on \(configuration.host):\(port)")
    log.line("listening on \(configuration.host):\(port), host key \(hostKey.fingerprint)")

    let refresher = configuration.refreshInterval.map {
      LibraryRefresher(library: configuration.library, interval: $0, log: log)
    }
    refresher?.start()
    signal(SIGPIPE, SIG_IGN)
    let stops = [SIGTERM, SIGINT].map { number in
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler {
        log.line("stopping (signal \(number)): no new connections; readers told to quit")
        server.close(promise: nil)
      }
      source.resume()
      return source
    }
    try? server.closeFuture.wait()
    refresher?.stop()
    registry.stopAll(grace: 4)
    usleep(100_000)
    try? group.syncShutdownGracefully()
    for source in stops { source.cancel() }
    log.line("stopped")
  }

  /// Sets up a channel the client opened: sessions get a ``SessionHandler``; port forwarding
  /// (`ssh -L`) is refused and logged.
  private static func childChannel(
    _ channel: Channel, type: SSHChannelType, record: ConnectionRecord, services: SessionServices
  ) -> EventLoopFuture<Void> {
    switch type {
    case .session:
      return channel.eventLoop.makeCompletedFuture {
        try channel.pipeline.syncOperations.addHandler(
          SessionHandler(services: services, record: record))
      }
    case .directTCPIP:
      services.log.line("refused local port forwarding for \(record.logName)")
      return channel.eventLoop.makeFailedFuture(ChannelRefused())
    case .forwardedTCPIP:
      services.log.line("refused forwarded channel for \(record.logName)")
      return channel.eventLoop.makeFailedFuture(ChannelRefused())
    }
  }

  /// The error that turns down a channel the server does not offer.
  private struct ChannelRefused: Error {}
}
