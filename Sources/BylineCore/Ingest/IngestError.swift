/// Why a whole file could not be read. Every case names the file.
public enum IngestError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The path does not exist.
  case notFound(path: String)
  /// The file could not be opened or read.
  case unreadable(path: String, reason: String)
  /// The file has no bytes.
  case emptyFile(path: String)
  /// The file looks binary (NUL bytes, or mostly non-text) and was not read.
  case binaryFile(path: String, reason: String)
  /// The file is larger than ``IngestOptions/maxFileSize``.
  case tooLarge(path: String, size: Int, limit: Int)
  /// The file's content is broken beyond repair.
  case malformed(path: String, line: Int?, message: String)

  /// The file the error is about.
  public var path: String {
    switch self {
    case .notFound(let path), .unreadable(let path, _), .emptyFile(let path),
      .binaryFile(let path, _), .tooLarge(let path, _, _), .malformed(let path, _, _):
      path
    }
  }

  /// The error as a diagnostic: empty, binary and oversize files are `skipped`, others `error`.
  public var diagnostic: IngestDiagnostic {
    switch self {
    case .notFound(let path):
      IngestDiagnostic(severity: .error, path: path, message: "no such file or directory")
    case .unreadable(let path, let reason):
      IngestDiagnostic(severity: .error, path: path, message: "cannot read file: \(reason)")
    case .emptyFile(let path):
      IngestDiagnostic(severity: .skipped, path: path, message: "empty file")
    case .binaryFile(let path, let reason):
      IngestDiagnostic(severity: .skipped, path: path, message: "binary file (\(reason))")
    case .tooLarge(let path, let size, let limit):
      IngestDiagnostic(
        severity: .skipped, path: path,
        message: "file is \(ByteCount.text(size)), over the \(ByteCount.text(limit)) limit")
    case .malformed(let path, let line, let message):
      IngestDiagnostic(severity: .error, path: path, line: line, message: message)
    }
  }

  /// The diagnostic's one-line text.
  public var description: String { diagnostic.description }
}
