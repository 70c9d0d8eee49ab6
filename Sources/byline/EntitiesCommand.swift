import ArgumentParser
import BylineCore
import Foundation

/// `byline entities`: prints the entities the tagger finds in articles, or in JSON Lines read
/// from standard input (`--input jsonl`; the contract is described at `EntityJSONLines`).
struct EntitiesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "entities",
    abstract: "Print the people, organisations, places, dates, money and percentages in articles.",
    discussion: """
      With --input jsonl, reads lines {"text": "..."} on standard input and writes one line per \
      input: {"text": ..., "entities": [{"start": S, "end": E, "type": T, "text": ...}]}, with \
      S and E counted in Unicode scalars (E exclusive). A bad line gives {"error": ..., "line": N} \
      and a message on standard error, and the command exits with status 1 at the end.
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
      try printArticles(readArticles(paths: paths), tagger: tagger)
    }
  }

  /// Tags every JSON Lines input; returns whether every line was good.
  private func processJSONLines(_ tagger: EntityTagger) throws -> Bool {
    var allGood = true
    var lineNumber = 0
    while let line = readLine(strippingNewline: true) {
      lineNumber += 1
      let outcome = EntityJSONLines.process(line: line, lineNumber: lineNumber, extractor: tagger)
      if let error = outcome.error {
        allGood = false
        FileHandle.standardError.write(Data("byline entities: stdin \(error)\n".utf8))
      }
      if let output = outcome.output { print(output) }
    }
    return allGood
  }

  private func printArticles(_ articles: [PlainArticle], tagger: EntityTagger) throws {
    var jsonArticles: [String] = []
    for article in articles {
      let spans = tagger.entities(inDocument: article.paragraphs)
      switch format {
      case .text:
        print("== \(Self.printable(article.source))")
        for (index, paragraph) in article.paragraphs.enumerated() {
          for span in spans[index] {
            let text = Self.printable(paragraph.unicodeScalarSlice(span.range))
            print(
              "\(span.kind.code)\t\(text)\t(paragraph \(index + 1), \(span.range.start)-\(span.range.end))"
            )
          }
        }
      case .json, .jsonl:
        var entities: [String] = []
        for (index, paragraph) in article.paragraphs.enumerated() {
          for span in spans[index] {
            entities.append(
              "{\"paragraph\": \(index), \"start\": \(span.range.start), \"end\": \(span.range.end), "
                + "\"type\": \"\(span.kind.code)\", "
                + "\"text\": \(EntityJSONLines.quoted(paragraph.unicodeScalarSlice(span.range)))}")
          }
        }
        let line =
          "{\"source\": \(EntityJSONLines.quoted(article.source)), \"entities\": [\(entities.joined(separator: ", "))]}"
        if format == .jsonl { print(line) } else { jsonArticles.append(line) }
      }
    }
    if format == .json { print("[" + jsonArticles.joined(separator: ",\n") + "]") }
  }

  /// `text` with control characters replaced by spaces, safe to print to a terminal.
  private static func printable(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { scalar in
          scalar.properties.generalCategory == .control ? " " : scalar
        }))
  }
}

/// One article as `byline entities` reads it: where it came from and its paragraphs.
struct PlainArticle {
  /// The file it was read from.
  var source: String
  /// The paragraphs, in order.
  var paragraphs: [String]
}

/// Reads each file as UTF-8 plain text, paragraphs split on blank lines.
///
/// Stand-in for the ingest branch's `ArticleReader`, which was not available when this command
/// was written; replace this one function with `ArticleReader.read(paths:options:)` once it is.
func readArticles(paths: [String]) throws -> [PlainArticle] {
  try paths.map { path in
    let text: String
    do {
      text = try String(contentsOfFile: path, encoding: .utf8)
    } catch {
      throw ValidationError("\(path): cannot read: \(error.localizedDescription)")
    }
    var paragraphs: [String] = []
    var current: [Substring] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.allSatisfy(\.isWhitespace) {
        if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")) }
        current = []
      } else {
        current.append(line)
      }
    }
    if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")) }
    return PlainArticle(source: path, paragraphs: paragraphs)
  }
}
