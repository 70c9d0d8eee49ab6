import NIOCore
import NIOSSH

/// Authenticates one connection: public keys only, from the authorized keys (or any key with
/// `--open`). Passwords, keyboard-interactive and host-based attempts are refused and counted
/// as failures for the address.
final class KeyAuthenticator: NIOSSHServerUserAuthenticationDelegate {
  private let keys: [AuthorizedKey]
  private let isOpen: Bool
  private let record: ConnectionRecord
  private let gate: AddressGate
  private let log: ServeLog

  init(
    keys: [AuthorizedKey], isOpen: Bool, record: ConnectionRecord, gate: AddressGate,
    log: ServeLog
  ) {
    self.keys = keys
    self.isOpen = isOpen
    self.record = record
    self.gate = gate
    self.log = log
  }

  var supportedAuthenticationMethods: NIOSSHAvailableUserAuthenticationMethods { .publicKey }

  func requestReceived(
    request: NIOSSHUserAuthenticationRequest,
    responsePromise: EventLoopPromise<NIOSSHUserAuthenticationOutcome>
  ) {
    let offer: NIOSSHUserAuthenticationRequest.Request.PublicKey
    switch request.request {
    case .publicKey(let key):
      offer = key
    case .none:
      // Every OpenSSH client asks "none" first to learn the methods: not a failed attempt.
      responsePromise.succeed(.failure)
      return
    case .password:
      refuse("a password", responsePromise)
      return
    case .hostBased:
      refuse("host-based authentication", responsePromise)
      return
    }
    let fingerprint = KeyFingerprint(offer.publicKey)
    if let known = keys.first(where: { $0.publicKey == offer.publicKey }) {
      accept(ReaderIdentity(name: known.name, fingerprint: fingerprint), responsePromise)
    } else if isOpen {
      accept(ReaderIdentity(name: "guest", fingerprint: fingerprint), responsePromise)
    } else {
      refuse("unknown key \(fingerprint)", responsePromise)
    }
  }

  private func accept(
    _ identity: ReaderIdentity, _ promise: EventLoopPromise<NIOSSHUserAuthenticationOutcome>
  ) {
    record.identity = identity
    log.line("auth ok \(identity.logName) from \(record.address)")
    promise.succeed(.success)
  }

  private func refuse(
    _ what: String, _ promise: EventLoopPromise<NIOSSHUserAuthenticationOutcome>
  ) {
    let blocked = gate.recordFailure(from: record.address)
    log.line(
      "auth refused \(what) from \(record.address)"
        + (blocked ? "; address turned away for a minute" : ""))
    promise.succeed(.failure)
  }
}
