import ArgumentParser

/// `byline-bench corpus` (being built on the library branch).
struct CorpusCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "corpus")

  func run() throws {
    throw ValidationError("byline-bench corpus is not available in this build")
  }
}
