import Foundation

/// Everything `byline serve` is told on its command line, resolved to paths and numbers.
public struct ServeConfiguration: Sendable {
  /// The address to listen on.
  public var host: String
  /// The TCP port to listen on (0 picks a free one, printed at start).
  public var port: Int
  /// The OpenSSH `authorized_keys` file naming the readers (`nil` with ``isOpen``).
  public var authorizedKeys: URL?
  /// Admit any public key; each key still has its own reading state.
  public var isOpen: Bool
  /// The shared library the readers read.
  public var library: URL
  /// The host key file (made on first start).
  public var hostKey: URL
  /// The folder holding one folder of reading state per reader's key.
  public var readers: URL
  /// The most reader sessions at once.
  public var maxSessions: Int
  /// The most connections at once from one address.
  public var maxPerAddress: Int
  /// How often the server brings the library up to date, in seconds (`nil`: never).
  public var refreshInterval: TimeInterval?
  /// The log file (`nil`: standard error).
  public var log: URL?
  /// The `byline` executable each reader runs.
  public var readerExecutable: String
  /// How long a session may stay without input from its reader before it is closed.
  public var idleTimeout: TimeInterval = 2 * 60 * 60
  /// How long a connection may take to authenticate.
  public var authenticationTimeout: TimeInterval = 30

  /// Creates a configuration; `dataHome` is the `byline` folder under `$XDG_DATA_HOME`, where
  /// the host key and the readers' folder are kept unless given.
  public init(
    host: String = "127.0.0.1", port: Int = 2222, authorizedKeys: URL?, isOpen: Bool,
    library: URL, hostKey: URL, readers: URL, maxSessions: Int = 50, maxPerAddress: Int = 10,
    refreshInterval: TimeInterval?, log: URL?, readerExecutable: String
  ) {
    self.host = host
    self.port = port
    self.authorizedKeys = authorizedKeys
    self.isOpen = isOpen
    self.library = library
    self.hostKey = hostKey
    self.readers = readers
    self.maxSessions = maxSessions
    self.maxPerAddress = maxPerAddress
    self.refreshInterval = refreshInterval
    self.log = log
    self.readerExecutable = readerExecutable
  }
}
