import ArgumentParser

/// `byline-bench render` (being built on the tui branch).
struct RenderBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "render")

  func run() throws {
    throw ValidationError("byline-bench render is not available in this build")
  }
}
