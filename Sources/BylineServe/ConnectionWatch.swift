import NIOCore

/// First in every connection's pipeline: logs the connection and its end, turns away addresses
/// over their cap or blocked for failed attempts, and closes a connection that has not
/// authenticated within the time allowed.
final class ConnectionWatch: ChannelInboundHandler {
  typealias InboundIn = NIOAny

  private let record: ConnectionRecord
  private let gate: AddressGate
  private let log: ServeLog
  private let authenticationTimeout: TimeAmount
  private var admitted = false
  private var timeout: Scheduled<Void>?

  init(
    record: ConnectionRecord, gate: AddressGate, log: ServeLog, authenticationTimeout: TimeAmount
  ) {
    self.record = record
    self.gate = gate
    self.log = log
    self.authenticationTimeout = authenticationTimeout
  }

  func channelActive(context: ChannelHandlerContext) {
    if let refusal = gate.admitConnection(from: record.address) {
      log.line("connection from \(record.address) refused: \(refusal)")
      context.close(promise: nil)
      return
    }
    admitted = true
    log.line("connection from \(record.address)")
    let channel = context.channel
    let record = record
    let log = log
    timeout = context.eventLoop.scheduleTask(in: authenticationTimeout) {
      if record.identity == nil {
        log.line("connection from \(record.address) closed: no authentication in time")
        channel.close(promise: nil)
      }
    }
    context.fireChannelActive()
  }

  func channelInactive(context: ChannelHandlerContext) {
    timeout?.cancel()
    if admitted {
      gate.connectionClosed(from: record.address)
      log.line("connection from \(record.address) closed (\(record.logName))")
    }
    context.fireChannelInactive()
  }

  func errorCaught(context: ChannelHandlerContext, error: Error) {
    // A client that sends garbage or goes away mid-handshake: end just this connection.
    context.close(promise: nil)
  }
}
