import ArgumentParser
import BylineCore
import Foundation

/// `byline export`: writes the library's feeds as OPML 2.0.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write every web feed as OPML 2.0 to standard output.",
    discussion: """
      Each feed is an outline with its title and URL, inside an outline per folder; \\
      `byline import` reads it back.
      """)

  @OptionGroup var options: LibraryOptions

  func run() throws {
    let library = try LibraryPipeline.open(options)
    do {
      let feeds = try library.feeds().filter { $0.kind == .feed }
      FileHandle.standardOutput.write(Data(SubscriptionList.opml(feeds).utf8))
    } catch {
      LibraryPipeline.printError("byline: \(error)")
      throw ExitCode.failure
    }
  }
}
