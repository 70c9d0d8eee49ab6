/// Why a CoNLL file could not be read.
public enum CoNLLError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file could not be read.
  case unreadable(path: String, reason: String)
  /// A line does not have a token and a known tag.
  case badLine(path: String, line: Int, reason: String)

  /// A sentence for the user.
  public var description: String {
    switch self {
    case .unreadable(let path, let reason): "\(path): \(reason)"
    case .badLine(let path, let line, let reason): "\(path):\(line): \(reason)"
    }
  }
}
