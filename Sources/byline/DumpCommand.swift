import ArgumentParser
import BylineCore
import Foundation

/// `byline dump`: reads article files and folders and prints every article as text or JSON.
struct DumpCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dump",
    abstract: "Print the articles in files, folders or URLs.",
    discussion: """
      Reads plain text, Markdown, HTML, RSS, Atom, JSON Feed and JSON Lines files (folders are \
      read recursively, hidden files skipped) and prints each article: its title, Date, Source, \
      Author and URL lines, then its paragraphs wrapped to the width, with headings marked \
      '## ', quotes '> ' and list items '• ', then its links. Problems go to standard error, \
      one line each, naming the file (and line). The files are never changed. An http or \
      https URL is fetched and read as a feed (a web page's own feed when it names one, else \
      the page as one article) without touching the library.

      A web page is read for its main content (the article, without navigation, share \
      buttons, related links or comments), with its title, author, date, canonical URL and \
      site name; --raw reads the whole page instead. --format json prints one JSON object a \
      line (title, url, source, author, published in ISO 8601, site, paragraphs with their \
      kind, and body), in the same order, for jq and scripts.

      Exit status: 0 when everything was read, 1 when some input could not be read (the rest is \
      still printed; a file named on the command line that is skipped as empty, binary or too \
      large counts, one skipped inside a folder does not), 2 on a usage error.

      Examples:
        byline dump article.txt
        byline dump --width 60 ~/news/
        byline dump feed.xml notes.md | less
        byline dump --format json page.html | jq -r .title
        byline dump https://example.com/feed.xml
      """
  )

  @Argument(help: "Files, folders and http(s) URLs to read.", completion: .file())
  var paths: [String] = []

  @OptionGroup var fetchOptions: FetchOptions

  @Option(help: "Wrap paragraphs to this many terminal columns (20 to 1000).")
  var width: Int = 80

  @Option(help: "Print 'text' (wrapped, for reading) or 'json' (one object a line).")
  var format: DumpFormat = .text

  @Flag(help: "Read web pages whole: no main-content extraction.")
  var raw = false

  @Option(help: ArgumentHelp("Skip files larger than this many MiB (1 to 1024).", valueName: "mib"))
  var maxFileSize: Int = 32

  /// The widest `--width`: wider than any terminal, and small enough that the rule line and the
  /// wrapped text stay proportional to the input (issue 17: 9223372036854775807 crashed and
  /// 1000000000 tried to allocate 3 GB).
  static let widthRange = 20...1000
  /// The largest `--max-file-size` in MiB: a file is read whole into memory, and the byte count
  /// must not overflow (issue 17: 8796093022208 overflowed `maxFileSize * 1024 * 1024`).
  static let maxFileSizeRange = 1...1024

  func validate() throws {
    if !Self.widthRange.contains(width) {
      throw ValidationError(
        "--width must be between \(Self.widthRange.lowerBound) and \(Self.widthRange.upperBound)")
    }
    if !Self.maxFileSizeRange.contains(maxFileSize) {
      throw ValidationError(
        "--max-file-size must be between \(Self.maxFileSizeRange.lowerBound) and "
          + "\(Self.maxFileSizeRange.upperBound) (MiB)")
    }
  }

  /// The usage problem with the options, if any (checked in `run` so the exit status is 2).
  private var usageProblem: String? {
    if paths.isEmpty { return "name at least one file or folder to read" }
    return nil
  }

  func run() throws {
    if let usageProblem {
      let message =
        "Error: \(usageProblem).\nUsage: byline dump <paths> ... [--width <width>]\n"
        + "  See 'byline dump --help'.\n"
      FileHandle.standardError.write(Data(message.utf8))
      throw ExitCode(2)
    }
    let options = IngestOptions(
      maxFileSize: maxFileSize * 1024 * 1024, extractMainContent: !raw)
    let urls = paths.filter(WebAddress.isWebAddress)
    let paths = paths.filter { !WebAddress.isWebAddress($0) }
    var result =
      paths.isEmpty
      ? IngestResult()
      : ArticleReader.read(paths: paths, options: options).failingNamedSkips(of: paths)
    result.diagnostics += fetch(urls, into: &result.articles)
    for diagnostic in result.diagnostics {
      FileHandle.standardError.write(Data("byline: \(diagnostic)\n".utf8))
    }
    // One article at a time, so the output is never held whole in memory.
    let rule = String(repeating: "─", count: width) + "\n"
    for (index, article) in result.articles.enumerated() {
      let text =
        format == .json
        ? ArticleJSON.line(of: article)
        : (index == 0 ? "" : rule) + ArticleDump.text(of: article, width: width)
      FileHandle.standardOutput.write(Data(text.utf8))
    }
    let nothingRead = result.articles.isEmpty && !result.diagnostics.isEmpty
    if result.hasErrors || nothingRead { throw ExitCode(1) }
  }

  /// Fetches and reads each URL, appending its articles; returns an error per failed URL.
  private func fetch(_ urls: [String], into articles: inout [Article]) -> [IngestDiagnostic] {
    guard !urls.isEmpty else { return [] }
    var configured = fetchOptions.settings()
    configured.maxBodyBytes = maxFileSize * 1024 * 1024
    let settings = configured
    let results = BlockingTask.run { () -> [Result<[Article], FeedOutcome>] in
      var results: [Result<[Article], FeedOutcome>] = []
      for url in urls {
        do {
          results.append(try await FeedRefresher.articles(at: url, settings: settings))
        } catch {
          results.append(.failure(.skipped("\(error)")))
        }
      }
      return results
    }
    var diagnostics: [IngestDiagnostic] = []
    for (url, result) in zip(urls, results) {
      switch result {
      case .success(let read): articles += read
      case .failure(let outcome):
        diagnostics.append(
          IngestDiagnostic(
            severity: .error, path: WebAddress.redacted(url), message: outcome.description))
      }
    }
    return diagnostics
  }
}
