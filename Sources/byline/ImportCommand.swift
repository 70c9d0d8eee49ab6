import ArgumentParser
import BylineCore
import Foundation

/// `byline import FILE`: subscribes to the feeds of an OPML or newsboat `urls` file.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Subscribe to the feeds of an OPML or urls file.",
    discussion: """
      Reads OPML 1.0 or 2.0 (an outline's enclosing outlines become the feed's folder) or \\
      newsboat's urls file (a URL a line, then tags: the first tag is the folder, "~Title" \\
      the title; comments, query:, exec: and filter: lines are skipped with a note). Feeds \\
      already in the library are not added twice. The new feeds are then fetched, as \\
      `byline index` does; each that fails is named with its reason, and the exit status is 1.
      """)

  @OptionGroup var options: LibraryOptions

  @OptionGroup var fetchOptions: FetchOptions

  @Argument(help: "The OPML or urls file.", completion: .file())
  var file: String

  func run() throws {
    let text: String
    do {
      text = try String(contentsOfFile: file, encoding: .utf8)
    } catch {
      LibraryPipeline.printError("byline: error: \(file): cannot be read as UTF-8 text")
      throw ExitCode.failure
    }
    let reading = SubscriptionList.read(text, path: file)
    for note in reading.notes { LibraryPipeline.printError("byline: note: \(note)") }
    let library = try LibraryPipeline.open(options, forWriting: true)
    let settings = fetchOptions.settings()
    let refresher = try WebSources.refresher(for: library, settings: settings)
    let added: Int
    do {
      added = try refresher.record(reading.subscriptions)
    } catch {
      LibraryPipeline.printError("byline: \(error)")
      throw ExitCode.failure
    }
    BlockingTask.run { await refresher.shutdown() }
    let known = reading.subscriptions.count - added
    LibraryPipeline.printError(
      "byline: \(added) feeds added from \(file)"
        + (known > 0 ? " (\(known) already in the library)" : ""))
    if try WebSources.refresh(library: library, settings: settings) { throw ExitCode.failure }
  }
}
