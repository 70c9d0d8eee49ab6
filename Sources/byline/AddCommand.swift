import ArgumentParser
import BylineCore
import Foundation

/// `byline add PATH|URL...`: records folders, files and web feeds as library sources and
/// indexes them.
struct AddCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add",
    abstract: "Add folders, files or web feeds and index them.",
    discussion: """
      An http or https URL subscribes to a feed (RSS, Atom or JSON Feed): it is fetched at \
      once and its items indexed. A web page's feed is found through its <link \
      rel="alternate">; a page without one is stored as one article. An address already in \
      the library is not added twice. Each address that fails is named with its reason, and \
      the exit status is 1.

      --full-text makes a web source full-text: each new item that carries only a summary is \
      stored with the main content of the page its link points to (a page that cannot be read \
      leaves the summary). Given for an address already added, it turns full text on; \
      --no-full-text turns it off.
      """)

  @OptionGroup var options: LibraryOptions

  @OptionGroup var fetchOptions: FetchOptions

  @Flag(
    inversion: .prefixedNo,
    help: "Store each new item's page (main content) when a feed gives only a summary.")
  var fullText: Bool?

  @Argument(help: "Folders or files of articles, or http(s) URLs of feeds or pages.")
  var paths: [String]

  func run() throws {
    let library = try LibraryPipeline.open(options, forWriting: true)
    let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    let urls = paths.filter(WebAddress.isWebAddress)
    let paths = paths.filter { !WebAddress.isWebAddress($0) }
    var failed = false
    if !urls.isEmpty {
      failed = try WebSources.subscribe(
        urls, library: library, settings: fetchOptions.settings(), fullText: fullText)
    }
    guard !paths.isEmpty else {
      if failed { throw ExitCode.failure }
      return
    }
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
