/// One problem met while reading article files, naming the file (and line, when known).
///
/// Its description is one line, for example `feeds/news.xml:12: error: unclosed CDATA`.
public struct IngestDiagnostic: Sendable, Hashable, CustomStringConvertible {
  /// How bad the problem is.
  public var severity: IngestSeverity
  /// The file the problem is in, as the caller named it (or as found under a folder).
  public var path: String
  /// The 1-based line the problem is on, when known.
  public var line: Int?
  /// What went wrong, in plain words, without the file name.
  public var message: String

  /// Creates a diagnostic.
  public init(severity: IngestSeverity, path: String, line: Int? = nil, message: String) {
    self.severity = severity
    self.path = path
    self.line = line
    self.message = message
  }

  /// `path:line: severity: message` (the line part only when known), on one line.
  public var description: String {
    let location = line.map { "\(path):\($0)" } ?? path
    let text = TextSanitizer.sanitizeLine(location)
    return "\(text): \(severity.rawValue): \(TextSanitizer.sanitizeLine(message))"
  }

  /// `severity: message`, or `line N: severity: message`: the description without the file,
  /// for a place that names the file itself (the index's list of files it could not read).
  public var reason: String {
    let location = line.map { "line \($0): " } ?? ""
    return "\(location)\(severity.rawValue): \(TextSanitizer.sanitizeLine(message))"
  }
}
