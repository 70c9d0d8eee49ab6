/// A state file that could not be read or written, with its path.
public struct ChoicesFileError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file.
  public var path: String
  /// What went wrong.
  public var reason: String

  /// `PATH: reason`.
  public var description: String { "\(path): \(reason)" }
}
