import ArgumentParser
import BylineCore
import Foundation

/// `byline sources [--format text|json]`: lists the library's sources.
struct SourcesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sources",
    abstract: "List the sources: folders, files and web feeds.",
    discussion: """
      One source a line: its kind, title (feeds), path or URL (credentials left out), \\
      articles, unread articles, last update and, for feeds, the outcome of the last fetch \\
      (ok, not modified, HTTP 404, timeout, TLS error, not a feed, too large, redirect loop).
      """)

  /// The output formats.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @OptionGroup var options: LibraryOptions

  @Option(help: "text (one source a line) or json (an array of objects).")
  var format: Format = .text

  func run() throws {
    let library = try LibraryPipeline.open(options)
    let sources: [SourceSummary]
    do {
      sources = try library.sourceSummaries()
    } catch {
      LibraryPipeline.printError("byline: \(error)")
      throw ExitCode.failure
    }
    switch format {
    case .json:
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      encoder.dateEncodingStrategy = .iso8601
      let data = try encoder.encode(sources)
      FileHandle.standardOutput.write(data + Data("\n".utf8))
    case .text:
      var text = ""
      for source in sources {
        var fields = [source.fullText == true ? source.kind + " (full text)" : source.kind]
        if let title = source.title { fields.append(TerminalText.safe(title)) }
        fields.append(TerminalText.safe(source.location))
        fields.append("\(source.articles) articles, \(source.unread) unread")
        if let date = source.lastUpdate {
          fields.append("updated " + DateParser.isoString(date))
        }
        if let outcome = source.outcome { fields.append(TerminalText.safe(outcome)) }
        if let note = source.note { fields.append(TerminalText.safe(note)) }
        text += fields.joined(separator: " · ") + "\n"
      }
      if sources.isEmpty { text = "no sources yet; add some with `byline add PATH|URL`\n" }
      FileHandle.standardOutput.write(Data(text.utf8))
    }
  }
}
