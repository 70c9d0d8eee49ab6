import ArgumentParser

/// `byline read` (being built on the tui branch).
struct ReadCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "read")

  func run() throws {
    throw ValidationError("byline read is not available in this build")
  }
}
