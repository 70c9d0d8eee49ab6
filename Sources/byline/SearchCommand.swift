import ArgumentParser
import BylineCore
import Foundation

/// `byline search QUERY`: full-text search over the library, with snippets.
struct SearchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search",
    abstract: "Search the library: words, \"phrases\" and prefix*.")

  @OptionGroup var options: LibraryOptions

  @Option(help: "How many results to show.")
  var limit = 20

  @Option(help: "How many results to skip.")
  var offset = 0

  @Argument(help: "The words to look for.")
  var query: [String]

  func run() throws {
    let library = try LibraryPipeline.open(options)
    let text = query.joined(separator: " ")
    let results: SearchResults
    do {
      results = try library.search(query: text, offset: max(0, offset), limit: max(0, limit))
    } catch {
      LibraryPipeline.printError("byline: \(error)")
      throw ExitCode.failure
    }
    let styled =
      isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    let (open, close) = styled ? ("\u{1B}[1m", "\u{1B}[22m") : ("[", "]")
    for (index, hit) in results.hits.enumerated() {
      let summary = hit.summary
      let title = TerminalText.marked(
        TerminalText.safe(summary.title), summary.titleMatches, open: open, close: close)
      print("\(offset + index + 1). \(title)")
      print("   \(TerminalText.day(summary.published))  \(TerminalText.safe(summary.source))")
      if let snippet = summary.snippet, !snippet.isEmpty {
        print(
          "   "
            + TerminalText.marked(
              TerminalText.safe(snippet), hit.snippetMatches, open: open, close: close))
      }
    }
    let shown = results.hits.isEmpty ? "no" : "\(results.hits.count) of \(results.total)"
    print("\(shown) result\(results.total == 1 ? "" : "s") for \(TerminalText.safe(text))")
  }
}
