import ArgumentParser
import BylineCore
import Foundation

/// `byline add PATH...`: records folders or files as library sources and indexes them.
struct AddCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add",
    abstract: "Add folders or files to the library and index them.")

  @OptionGroup var options: LibraryOptions

  @Argument(help: "Folders or files of articles.")
  var paths: [String]

  func run() throws {
    let library = try LibraryPipeline.open(options, forWriting: true)
    let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    var failed = false
    for path in paths {
      let url = URL(fileURLWithPath: path, relativeTo: cwd).standardizedFileURL
      do {
        if try library.addSource(url) {
          LibraryPipeline.printError("byline: added \(url.path)")
        } else {
          LibraryPipeline.printError("byline: \(url.path) was already in the library")
        }
      } catch {
        LibraryPipeline.printError("byline: \(error)")
        failed = true
      }
    }
    try LibraryPipeline.index(library, rebuild: false)
    if failed { throw ExitCode.failure }
  }
}
