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
    let library = try LibraryPipeline.open(options)
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
    let report = try LibraryPipeline.index(library, rebuild: false)
    // A file named here that could not be read (empty, binary, too large) fails the command;
    // files skipped inside a named folder are reported but do not (issue 17).
    let named = Set(
      paths.map { URL(fileURLWithPath: $0, relativeTo: cwd).standardizedFileURL.path })
    for case .unreadableFile(let path, let message) in report.failures where named.contains(path) {
      LibraryPipeline.printError("byline: error: \(path) was named but not read: \(message)")
      failed = true
    }
    if failed { throw ExitCode.failure }
  }
}
