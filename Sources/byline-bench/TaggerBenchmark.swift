import ArgumentParser

/// `byline-bench tagger` (being built on the tagger branch).
struct TaggerBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "tagger")

  func run() throws {
    throw ValidationError("byline-bench tagger is not available in this build")
  }
}
