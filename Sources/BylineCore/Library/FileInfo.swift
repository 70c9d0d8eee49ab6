import Foundation

/// A source file as the file walker sees it: where it is, how big, and when it last changed.
public struct FileInfo: Hashable, Sendable {
  /// The file's absolute location.
  public var url: URL
  /// Its size in bytes.
  public var size: Int64
  /// Its modification time.
  public var modified: Date

  /// Creates a file description.
  public init(url: URL, size: Int64, modified: Date) {
    self.url = url
    self.size = size
    self.modified = modified
  }

  /// Describes the file at `url` from the file system, or `nil` when it is not a regular file.
  public init?(contentsOf url: URL) {
    guard
      let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
      attributes[.type] as? FileAttributeType == .typeRegular
    else { return nil }
    self.url = url
    self.size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
    self.modified = attributes[.modificationDate] as? Date ?? Date(timeIntervalSince1970: 0)
  }
}
