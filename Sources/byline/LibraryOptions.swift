import ArgumentParser
import BylineCore
import Foundation

/// The `--library` option shared by every command that uses the library database.
struct LibraryOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The library database (default: $BYLINE_LIBRARY, else $XDG_DATA_HOME/byline/library.sqlite).",
      valueName: "path"))
  var library: String?

  /// The database path this invocation uses.
  var databaseURL: URL { LibraryLocation.resolve(explicit: library) }
}
