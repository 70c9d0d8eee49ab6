import ArgumentParser
import BylineCore
import Foundation

/// `byline index [--rebuild]`: brings the library up to date with its sources.
struct IndexCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "index",
    abstract: "Bring the library up to date with its sources.",
    discussion: """
      Only new and changed files are read; files that disappeared are removed. Web feeds are \
      fetched when their interval (30 minutes, or longer when the server's Cache-Control or \
      Retry-After says so) has passed, with conditional requests; --force fetches them all. \
      Reading state (read, starred, position) is kept, also with --rebuild. Interrupting is \
      safe: the next run carries on. Each feed that fails is named with its reason, and the \
      exit status is 1.
      """)

  @OptionGroup var options: LibraryOptions

  @OptionGroup var fetchOptions: FetchOptions

  @Flag(help: "Drop the index and read every file again (reading state is kept).")
  var rebuild = false

  @Flag(help: "Fetch every web feed now, whatever its interval.")
  var force = false

  func run() throws {
    let library = try LibraryPipeline.open(options, forWriting: true)
    guard library.hasSources else {
      LibraryPipeline.printError("byline: the library has no sources yet; use `byline add PATH`")
      throw ExitCode.failure
    }
    try LibraryPipeline.index(library, rebuild: rebuild)
    let settings = fetchOptions.settings(force: force || rebuild)
    if try WebSources.refresh(library: library, settings: settings) { throw ExitCode.failure }
  }
}
