import NIOCore
import NIOSSH

/// Refuses remote port forwarding (`ssh -R`), logging who asked.
struct RefusingGlobalRequests: GlobalRequestDelegate {
  let record: ConnectionRecord
  let log: ServeLog

  func tcpForwardingRequest(
    _ request: GlobalRequest.TCPForwardingRequest, handler: NIOSSHHandler,
    promise: EventLoopPromise<GlobalRequest.TCPForwardingResponse>
  ) {
    log.line("refused remote port forwarding for \(record.logName)")
    promise.fail(Refused())
  }

  /// The error that turns the request down.
  private struct Refused: Error {}
}
