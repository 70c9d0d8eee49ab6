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

  /// The result with every skip of a file named in `paths` (empty, binary, too large, not a
  /// regular file) made an error: a command line that names a file asked for it, so not reading
  /// it is a failure (issue 17). Skips of files found inside a named folder stay skips.
  public func failingNamedSkips(of paths: [String]) -> IngestResult {
    var result = self
    let named = Set(paths)
    for index in result.diagnostics.indices
    where result.diagnostics[index].severity == .skipped
      && named.contains(result.diagnostics[index].path)
    {
      result.diagnostics[index].severity = .error
    }
    return result
  }
}
