import ArgumentParser

/// `byline-bench library` (being built on the library branch).
struct LibraryBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "library")

  func run() throws {
    throw ValidationError("byline-bench library is not available in this build")
  }
}
