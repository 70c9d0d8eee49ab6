import ArgumentParser

/// `byline index` (being built on the library branch).
struct IndexCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "index")

  func run() throws {
    throw ValidationError("byline index is not available in this build")
  }
}
