/// Settings for reading article files.
public struct IngestOptions: Sendable, Hashable {
  /// The default size cap: 32 MiB.
  public static let defaultMaxFileSize = 32 * 1024 * 1024

  /// Files larger than this many bytes are skipped with a diagnostic, never read.
  public var maxFileSize: Int

  /// Creates options; `maxFileSize` defaults to 32 MiB.
  public init(maxFileSize: Int = IngestOptions.defaultMaxFileSize) {
    self.maxFileSize = maxFileSize
  }
}
