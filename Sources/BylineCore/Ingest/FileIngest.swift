/// The articles read from one file, and the warnings (or per-line errors) met reading it.
public struct FileIngest: Sendable, Hashable {
  /// The format the file was read as.
  public var format: ArticleFormat
  /// The articles in the file, in file order.
  public var articles: [Article]
  /// Problems that did not stop the file from being read, such as an encoding fallback or a
  /// bad line in a JSON Lines file.
  public var diagnostics: [IngestDiagnostic]

  /// Creates a file result.
  public init(format: ArticleFormat, articles: [Article], diagnostics: [IngestDiagnostic] = []) {
    self.format = format
    self.articles = articles
    self.diagnostics = diagnostics
  }
}
