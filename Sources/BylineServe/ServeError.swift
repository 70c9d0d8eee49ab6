/// What stops `byline serve` from starting; every case names the file or address at fault.
public enum ServeError: Error, Equatable, CustomStringConvertible {
  /// The host key file could not be read, made or is not an Ed25519 key written by Byline.
  case hostKey(path: String, reason: String)
  /// The authorized keys file could not be read.
  case authorizedKeys(path: String, reason: String)
  /// Neither an authorized keys file nor `--open` was given, or the file names no usable key.
  case noReaders(reason: String)
  /// The address could not be listened on.
  case listen(address: String, reason: String)
  /// The library could not be opened or made.
  case library(path: String, reason: String)
  /// The log file could not be opened.
  case log(path: String, reason: String)

  /// A one-line explanation.
  public var description: String {
    switch self {
    case .hostKey(let path, let reason): "host key \(path): \(reason)"
    case .authorizedKeys(let path, let reason): "authorized keys \(path): \(reason)"
    case .noReaders(let reason): reason
    case .listen(let address, let reason): "cannot listen on \(address): \(reason)"
    case .library(let path, let reason): "library \(path): \(reason)"
    case .log(let path, let reason): "log file \(path): \(reason)"
    }
  }
}
