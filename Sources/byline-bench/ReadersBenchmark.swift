import ArgumentParser

/// `byline-bench readers` (being built on the ingest branch).
struct ReadersBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "readers")

  func run() throws {
    throw ValidationError("byline-bench readers is not available in this build")
  }
}
