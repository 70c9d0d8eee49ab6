import ArgumentParser
import BylineCore

/// The `byline` command: opens the reader, or runs one of its subcommands.
struct Byline: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "byline",
    abstract: "A terminal reader for news articles that finds and links people, places and dates.",
    version: "0.1.0"
  )

  func run() throws {
    print("byline")
  }
}

Byline.main()
