import ArgumentParser
import BylineCore

/// Byline's benchmarks and corpus generator.
struct Bench: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "byline-bench")
  func run() throws {}
}

Bench.main()
