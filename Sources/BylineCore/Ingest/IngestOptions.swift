/// Settings for reading article files.
public struct IngestOptions: Sendable, Hashable {
  /// The default size cap: 32 MiB.
  public static let defaultMaxFileSize = 32 * 1024 * 1024

  /// Files larger than this many bytes are skipped with a diagnostic, never read.
  public var maxFileSize: Int

  /// Whether an HTML page is read for its main content only (``ContentExtractor``); off, the
  /// whole page's text is read (`byline dump --raw`).
  public var extractMainContent: Bool

  /// Creates options; `maxFileSize` defaults to 32 MiB, main-content extraction is on.
  public init(
    maxFileSize: Int = IngestOptions.defaultMaxFileSize, extractMainContent: Bool = true
  ) {
    self.maxFileSize = maxFileSize
    self.extractMainContent = extractMainContent
  }
}
