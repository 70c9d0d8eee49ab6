import ArgumentParser
import BylineCore
import Foundation

/// `byline entity NAME [PATH...]`: what the library knows about one entity.
struct EntityCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "entity",
    abstract: "Show an entity's spellings and the articles about it.",
    discussion: """
      NAME is matched ignoring case, accents and a possessive 's. With PATHs, those files are \
      indexed into a temporary library instead of using yours. A NAME that starts with '-' \
      needs -- before it: byline entity -- -Ruth
      """)

  @OptionGroup var options: LibraryOptions

  /// How the entity is printed.
  enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @Option(help: "Output: text, or json (one object, for scripts).")
  var format: OutputFormat = .text

  @Option(help: "How many articles to list (0 to 10000).")
  var limit = 20

  func validate() throws {
    if !(0...10_000).contains(limit) {
      throw ValidationError("--limit must be between 0 and 10000")
    }
  }

  @Argument(help: "The entity's name, e.g. \"Vladimir Putin\".")
  var name: String

  @Argument(help: "Files or folders to look in instead of the library.")
  var paths: [String] = []

  func run() throws {
    var scratch: URL?
    defer { if let scratch { try? FileManager.default.removeItem(at: scratch) } }
    let library: Library
    if paths.isEmpty {
      library = try LibraryPipeline.open(options)
    } else {
      let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("byline-entity-\(UUID().uuidString)")
      scratch = folder
      library = try temporaryLibrary(at: folder)
    }
    let matches = try library.entities(named: name, limit: 10)
    guard let entity = matches.first,
      let details = try library.entityDetails(
        id: entity.id, mentionLimit: limit, relatedLimit: 10)
    else {
      LibraryPipeline.printError("byline: no entity named \(TerminalText.safe(name))")
      throw ExitCode.failure
    }
    if format == .json {
      print(try EntityJSON(details, alsoCalled: Array(matches.dropFirst())).encoded())
      return
    }
    print(describe(details))
    if matches.count > 1 {
      print("\nalso called \(TerminalText.safe(name)):")
      for other in matches.dropFirst() {
        print("  \(TerminalText.safe(other.name)) (\(other.kind.rawValue), \(other.articleCount))")
      }
    }
  }

  private func temporaryLibrary(at folder: URL) throws -> Library {
    let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    let library: Library
    do {
      library = try Library.open(at: folder.appendingPathComponent("library.sqlite"))
      for path in paths {
        try library.addSource(URL(fileURLWithPath: path, relativeTo: cwd))
      }
      let report = try LibraryPipeline.indexer(for: library).run()
      for failure in report.failures { LibraryPipeline.printError("byline: \(failure)") }
    } catch {
      LibraryPipeline.printError("byline: \(error)")
      throw ExitCode.failure
    }
    return library
  }

  private func describe(_ details: EntityDetails) -> String {
    let entity = details.entity
    let plural = entity.articleCount == 1 ? "article" : "articles"
    var lines = [
      "\(TerminalText.safe(details.title)) (\(entity.kind.rawValue), \(entity.articleCount) \(plural))",
      "id: \(TerminalText.safe(entity.id))",
      "spellings: " + details.variants.map(TerminalText.safe).joined(separator: ", "),
    ]
    lines += details.aliasNotes.map { TerminalText.safe($0.text) }
    if !details.related.isEmpty {
      lines.append(
        "seen with: "
          + details.related.map { "\(TerminalText.safe($0.entity.name)) (\($0.sharedArticles))" }
          .joined(separator: ", "))
    }
    lines.append("")
    for mention in details.mentions {
      lines.append("\(TerminalText.day(mention.published))  \(TerminalText.safe(mention.title))")
      lines.append("    \(TerminalText.safe(mention.snippet))")
    }
    if details.mentions.count < entity.articleCount {
      lines.append("… \(entity.articleCount - details.mentions.count) more (use --limit)")
    }
    return lines.joined(separator: "\n")
  }
}
