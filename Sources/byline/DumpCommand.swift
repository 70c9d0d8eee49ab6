import ArgumentParser

/// `byline dump` (being built on the ingest branch).
struct DumpCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "dump")

  func run() throws {
    throw ValidationError("byline dump is not available in this build")
  }
}
