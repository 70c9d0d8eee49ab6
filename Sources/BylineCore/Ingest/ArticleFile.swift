import Foundation

/// A file found by ``ArticleFileWalker``, with what an incremental indexer needs to decide
/// whether it changed.
public struct ArticleFile: Sendable, Hashable {
  /// The file's path as found: the folder the caller named joined with the names below it
  /// (symlinks are not resolved, so the path is the one the user recognises).
  public var path: String
  /// The file's URL.
  public var url: URL { URL(fileURLWithPath: path) }
  /// The size in bytes.
  public var size: Int
  /// When the file was last modified.
  public var modificationDate: Date

  /// Creates a file record.
  public init(path: String, size: Int, modificationDate: Date) {
    self.path = path
    self.size = size
    self.modificationDate = modificationDate
  }
}
