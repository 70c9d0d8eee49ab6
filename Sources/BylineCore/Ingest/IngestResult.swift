/// What reading a set of files and folders gave: the articles, in file order, and every
/// diagnostic met on the way.
public struct IngestResult: Sendable, Hashable {
  /// The articles read, in the order of the files (sorted within each folder).
  public var articles: [Article]
  /// Warnings, errors and skipped files, in the order they were met.
  public var diagnostics: [IngestDiagnostic]

  /// Creates a result.
  public init(articles: [Article] = [], diagnostics: [IngestDiagnostic] = []) {
    self.articles = articles
    self.diagnostics = diagnostics
  }

  /// Whether any diagnostic is an error (skipped files and warnings are not).
  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
