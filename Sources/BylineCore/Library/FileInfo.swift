import Foundation

/// A source file as the file walker sees it: where it is, how big, and when it last changed.
public struct FileInfo: Hashable, Sendable {
  /// The file's absolute path.
  public var path: String
  /// Its size in bytes.
  public var size: Int64
  /// Its modification time.
  public var modified: Date

  /// The file's URL.
  public var url: URL { URL(fileURLWithPath: path, isDirectory: false) }

  /// Creates a file description.
  public init(path: String, size: Int64, modified: Date) {
    self.path = path
    self.size = size
    self.modified = modified
  }
}
