import ArgumentParser
import BylineCore
import Foundation

/// `byline search QUERY`: full-text search over the library, with snippets.
struct SearchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search",
    abstract: "Search the library: words, \"phrases\" and prefix*.",
    discussion: """
      Words that start with '-' are read as options unless -- comes first: \
      byline search -- -5%
      """)

  @OptionGroup var options: LibraryOptions

  @Option(help: "How many results to show (0 to 10000).")
  var limit = 20

  @Option(help: "How many results to skip (0 to 1000000000).")
  var offset = 0

  @Argument(
    help: ArgumentHelp(
      "The words to look for.",
      discussion: "Put -- before words that start with '-': byline search -- -5%"))
  var query: [String]

  func validate() throws {
    // Bounded so that `offset + index` cannot overflow (issue 17).
    if !(0...10_000).contains(limit) {
      throw ValidationError("--limit must be between 0 and 10000")
    }
    if !(0...1_000_000_000).contains(offset) {
      throw ValidationError("--offset must be between 0 and 1000000000")
    }
  }

  func run() throws {
    let library = try LibraryPipeline.openForReading(options)
    let text = query.joined(separator: " ")
    let results: SearchResults
    do {
      results = try library.search(query: text, offset: offset, limit: limit)
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
