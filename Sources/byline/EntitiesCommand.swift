import ArgumentParser
import BylineCore
import Foundation

/// `byline entities`: prints the entities the tagger finds in articles, or in JSON Lines read
/// from standard input (`--input jsonl`; the contract is described at `EntityJSONLines`).
struct EntitiesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "entities",
    abstract: "Print the people, places, dates and more in articles.",
    discussion: """
      With --input jsonl, reads lines {"text": "..."} on standard input and writes one line per \
      input: {"text": ..., "entities": [{"start": S, "end": E, "type": T, "text": ...}]}, with \
      S and E counted in Unicode scalars (E exclusive). A blank line gives {"text": "", \
      "entities": []}, so output line k answers input line k. A bad line, or one over 32 MiB, \
      gives {"error": ..., "line": N} and a message on standard error, and the command exits \
      with status 1 at the end.
      """)

  /// Where the text comes from.
  enum InputMode: String, ExpressibleByArgument, CaseIterable {
    case files, jsonl
  }

  /// How the entities of articles are printed.
  enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, jsonl
  }

  @Argument(help: "Article files to read.") var paths: [String] = []
  @Option(help: "files (the PATHs) or jsonl (JSON Lines on standard input).")
  var input: InputMode = .files
  @Option(help: "Output for articles: text, json or jsonl.") var format: OutputFormat = .text

  func run() throws {
    let tagger = try EntityTagger.bundled()
    switch input {
    case .jsonl:
      if try !processJSONLines(tagger) { throw ExitCode(1) }
    case .files:
      guard !paths.isEmpty else {
        throw ValidationError("give at least one PATH, or --input jsonl")
      }
      let result = ArticleReader.read(paths: paths).failingNamedSkips(of: paths)
      printArticles(result.articles, tagger: tagger)
      for diagnostic in result.diagnostics {
        FileHandle.standardError.write(Data("byline entities: \(diagnostic)\n".utf8))
      }
      if result.hasErrors { throw ExitCode(1) }
    }
  }

  /// Tags every JSON Lines input (each line at most the file size cap), writing the answers in
  /// large buffers as they are made; returns whether every line was good.
  private func processJSONLines(_ tagger: EntityTagger) throws -> Bool {
    var output = BufferedOutput(fileDescriptor: STDOUT_FILENO)
    return EntityJSONLines.run(input: STDIN_FILENO, output: &output, extractor: tagger) { error in
      FileHandle.standardError.write(Data("byline entities: stdin \(error)\n".utf8))
    }
  }

  /// Prints the entities of each article's body paragraphs (paragraph numbers count from 0 in
  /// JSON and from 1 in text).
  private func printArticles(_ articles: [Article], tagger: EntityTagger) {
    var jsonArticles: [String] = []
    for article in articles {
      let paragraphs = article.paragraphs.map(\.text)
      let spans = tagger.entities(inDocument: paragraphs)
      switch format {
      case .text:
        print("== \(Self.printable(article.title)) (\(Self.printable(article.source)))")
        for (index, paragraph) in paragraphs.enumerated() {
          var slicer = ForwardScalarSlicer(paragraph)
          for span in spans[index] {
            let text = Self.printable(slicer.text(span.range))
            print(
              "\(span.kind.code)\t\(text)\t(paragraph \(index + 1), "
                + "\(span.range.start)-\(span.range.end))")
          }
        }
      case .json, .jsonl:
        var entities: [String] = []
        for (index, paragraph) in paragraphs.enumerated() {
          var slicer = ForwardScalarSlicer(paragraph)
          for span in spans[index] {
            entities.append(
              "{\"paragraph\": \(index), \"start\": \(span.range.start), "
                + "\"end\": \(span.range.end), \"type\": \"\(span.kind.code)\", "
                + "\"text\": \(EntityJSONLines.quoted(slicer.text(span.range)))}")
          }
        }
        let line =
          "{\"key\": \(EntityJSONLines.quoted(article.key.rawValue)), "
          + "\"title\": \(EntityJSONLines.quoted(article.title)), "
          + "\"source\": \(EntityJSONLines.quoted(article.source)), "
          + "\"entities\": [\(entities.joined(separator: ", "))]}"
        if format == .jsonl { print(line) } else { jsonArticles.append(line) }
      }
    }
    if format == .json { print("[" + jsonArticles.joined(separator: ",\n") + "]") }
  }

  /// `text` safe to print to a terminal (see ``TerminalText/safe(_:)``).
  private static func printable(_ text: String) -> String {
    TerminalText.safe(text)
  }
}
