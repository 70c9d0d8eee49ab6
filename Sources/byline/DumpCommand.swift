import ArgumentParser
import BylineCore
import Foundation

/// `byline dump`: reads article files and folders and prints every article as plain text.
struct DumpCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dump",
    abstract: "Print the articles in files and folders as plain text.",
    discussion: """
      Reads plain text, Markdown, HTML, RSS, Atom, JSON Feed and JSON Lines files (folders are \
      read recursively, hidden files skipped) and prints each article: its title, Date, Source, \
      Author and URL lines, then its paragraphs wrapped to the width, with headings marked \
      '## ', quotes '> ' and list items '• ', then its links. Problems go to standard error, \
      one line each, naming the file (and line). The files are never changed.

      Exit status: 0 when everything was read, 1 when some input could not be read (the rest is \
      still printed), 2 on a usage error.

      Examples:
        byline dump article.txt
        byline dump --width 60 ~/news/
        byline dump feed.xml notes.md | less
      """
  )

  @Argument(help: "Files and folders to read.", completion: .file())
  var paths: [String] = []

  @Option(help: "Wrap paragraphs to this many terminal columns (at least 20).")
  var width: Int = 80

  @Option(help: ArgumentHelp("Skip files larger than this many MiB.", valueName: "mib"))
  var maxFileSize: Int = 32

  /// The usage problem with the options, if any (checked in `run` so the exit status is 2).
  private var usageProblem: String? {
    if paths.isEmpty { return "name at least one file or folder to read" }
    if width < 20 { return "--width must be at least 20" }
    if maxFileSize < 1 { return "--max-file-size must be at least 1" }
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
    let options = IngestOptions(maxFileSize: maxFileSize * 1024 * 1024)
    let result = ArticleReader.read(paths: paths, options: options)
    for diagnostic in result.diagnostics {
      FileHandle.standardError.write(Data("byline: \(diagnostic)\n".utf8))
    }
    let text = ArticleDump.text(of: result.articles, width: width)
    FileHandle.standardOutput.write(Data(text.utf8))
    let nothingRead = result.articles.isEmpty && !result.diagnostics.isEmpty
    if result.hasErrors || nothingRead { throw ExitCode(1) }
  }
}
