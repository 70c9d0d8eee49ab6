import ArgumentParser
import BylineCore
import Foundation

/// `byline index [--rebuild]`: brings the library up to date with its sources.
struct IndexCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "index",
    abstract: "Bring the library up to date with its sources.",
    discussion: """
      Only new and changed files are read; files that disappeared are removed. Reading state \
      (read, starred, position) is kept, also with --rebuild. Interrupting is safe: the next \
      run carries on.
      """)

  @OptionGroup var options: LibraryOptions

  @Flag(help: "Drop the index and read every file again (reading state is kept).")
  var rebuild = false

  func run() throws {
    let library = try LibraryPipeline.open(options)
    guard library.hasSources else {
      LibraryPipeline.printError("byline: the library has no sources yet; use `byline add PATH`")
      throw ExitCode.failure
    }
    try LibraryPipeline.index(library, rebuild: rebuild)
  }
}
