import NIOConcurrencyHelpers

/// What the server knows about one TCP connection: where it came from and, once authenticated,
/// who it is. Shared by the connection's authenticator and its session handlers.
final class ConnectionRecord: Sendable {
  /// The peer's address (no port).
  let address: String
  private let identityBox = NIOLockedValueBox<ReaderIdentity?>(nil)

  init(address: String) { self.address = address }

  /// The reader, once authenticated.
  var identity: ReaderIdentity? {
    get { identityBox.withLockedValue { $0 } }
    set { identityBox.withLockedValue { $0 = newValue } }
  }

  /// How the log names this connection's reader: the key's name, or `unauthenticated`.
  var logName: String { identity?.logName ?? "unauthenticated" }
}
