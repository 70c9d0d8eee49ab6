import ArgumentParser

/// The `byline` command: opens the reader (the default), or runs one of its subcommands.
struct Byline: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "byline",
    abstract: "A terminal reader for news articles that finds and links people, places and dates.",
    version: "0.1.0",
    subcommands: [
      ReadCommand.self, DumpCommand.self, EntitiesCommand.self, EntityCommand.self,
      AddCommand.self, IndexCommand.self, SearchCommand.self,
    ],
    defaultSubcommand: ReadCommand.self
  )
}

Byline.main()
