/// A state file that could not be read or written, with its path.
struct ChoicesFileError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file.
  var path: String
  /// What went wrong.
  var reason: String

  /// `PATH: reason`.
  var description: String { "\(path): \(reason)" }
}
