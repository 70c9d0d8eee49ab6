/// A problem with the fetching settings, found before anything is fetched.
public enum FetchSetupError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The `--ca-file` (or `ca-file`) cannot be read as PEM certificates.
  case unreadableCAFile(path: String, reason: String)

  /// A message naming the file.
  public var description: String {
    switch self {
    case .unreadableCAFile(let path, let reason):
      "\(path): cannot be read as PEM certificates: \(reason)"
    }
  }
}
