import ArgumentParser

/// `byline add` (being built on the library branch).
struct AddCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "add")

  func run() throws {
    throw ValidationError("byline add is not available in this build")
  }
}
