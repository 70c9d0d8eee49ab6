import ArgumentParser

/// `byline entity` (being built on the library branch).
struct EntityCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "entity")

  func run() throws {
    throw ValidationError("byline entity is not available in this build")
  }
}
