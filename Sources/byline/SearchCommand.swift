import ArgumentParser

/// `byline search` (being built on the library branch).
struct SearchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "search")

  func run() throws {
    throw ValidationError("byline search is not available in this build")
  }
}
