/// How bad an ingest diagnostic is.
public enum IngestSeverity: String, Sendable, Hashable, Codable, CaseIterable {
  /// The file was read, but something was repaired or guessed (for example its encoding).
  case warning
  /// The file, or part of it, could not be read.
  case error
  /// The file was deliberately not read: empty, binary, or over the size cap.
  case skipped
}
