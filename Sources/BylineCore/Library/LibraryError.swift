import Foundation

/// What can go wrong with the library database. Every case names the file it is about.
public enum LibraryError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The folder for the database cannot be created or written to.
  case notWritable(path: String, reason: String)
  /// The database was written by a newer Byline whose schema this build does not know.
  case newerSchema(path: String, found: Int, supported: Int)
  /// The database could not be opened or queried.
  case database(path: String, message: String)
  /// A source given to `add` does not exist.
  case missingSource(path: String)
  /// A source file could not be read or parsed while indexing.
  case unreadableFile(path: String, message: String)

  /// A message for the user, naming the file.
  public var description: String {
    switch self {
    case .notWritable(let path, let reason):
      "cannot write the library at \(path): \(reason)"
    case .newerSchema(let path, let found, let supported):
      "the library at \(path) was written by a newer Byline (schema version \(found); this "
        + "build knows up to \(supported)); it was left untouched — upgrade Byline or use "
        + "--library to choose another file"
    case .database(let path, let message):
      "library \(path): \(message)"
    case .missingSource(let path):
      "\(path): no such file or folder"
    case .unreadableFile(let path, let message):
      "\(path): \(message)"
    }
  }
}
