import ArgumentParser
import Foundation

/// The `byline` command: opens the reader (the default), or runs one of its subcommands.
struct Byline: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "byline",
    abstract: "A terminal reader for news articles that finds and links people, places and dates.",
    version: "0.1.0",
    subcommands: [
      ReadCommand.self, DumpCommand.self, EntitiesCommand.self, EntityCommand.self,
      AddCommand.self, IndexCommand.self, SearchCommand.self, MarkReadCommand.self,
      ServeCommand.self,
      SourcesCommand.self, RemoveCommand.self, ImportCommand.self, ExportCommand.self,
    ],
    defaultSubcommand: ReadCommand.self
  )
}

// Usage errors exit with status 2 (argument-parser's own default is 64).
do {
  var command = try Byline.parseAsRoot()
  try command.run()
} catch {
  if Byline.exitCode(for: error) == .validationFailure {
    FileHandle.standardError.write(Data((Byline.fullMessage(for: error) + "\n").utf8))
    exit(2)
  }
  Byline.exit(withError: error)
}
