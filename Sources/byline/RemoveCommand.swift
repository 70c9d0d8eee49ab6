import ArgumentParser
import BylineCore
import Foundation

/// `byline remove SOURCE`: removes a source and the articles only it holds.
struct RemoveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "remove",
    abstract: "Remove a source and the articles only it holds.",
    discussion: """
      SOURCE is a path or URL as `byline sources` lists it. Articles another source also \\
      holds stay, and so do starred articles. The files on disk are never touched.
      """)

  @OptionGroup var options: LibraryOptions

  @Argument(help: "The source's path or URL.")
  var source: String

  func run() throws {
    let library = try LibraryPipeline.open(options, forWriting: true)
    var name = source
    if !WebAddress.isWebAddress(source) {
      let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
      name = URL(fileURLWithPath: source, relativeTo: cwd).standardizedFileURL.path
    }
    do {
      guard let removal = try library.removeSource(name) ?? library.removeSource(source) else {
        LibraryPipeline.printError(
          "byline: error: \(WebAddress.redacted(source)) is not a source of the library "
            + "(see `byline sources`)")
        throw ExitCode.failure
      }
      var message =
        "byline: removed \(removal.location): \(removal.articlesRemoved) "
        + (removal.articlesRemoved == 1 ? "article" : "articles")
      if removal.starredKept > 0 { message += "; \(removal.starredKept) starred kept" }
      LibraryPipeline.printError(message)
    } catch let error as LibraryError {
      LibraryPipeline.printError("byline: \(error)")
      throw ExitCode.failure
    }
  }
}
