import ArgumentParser
import BylineCore

/// Trains Byline's entity tagger.
struct Train: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "byline-train")
  func run() throws {}
}

Train.main()
