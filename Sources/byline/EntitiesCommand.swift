import ArgumentParser

/// `byline entities` (being built on the tagger branch).
struct EntitiesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "entities")

  func run() throws {
    throw ValidationError("byline entities is not available in this build")
  }
}
