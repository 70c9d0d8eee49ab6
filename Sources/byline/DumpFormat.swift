import ArgumentParser

/// What `byline dump` prints.
enum DumpFormat: String, ExpressibleByArgument, CaseIterable {
  /// Wrapped text for reading.
  case text
  /// One JSON object a line.
  case json
}
