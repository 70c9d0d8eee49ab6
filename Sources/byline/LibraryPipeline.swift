import ArgumentParser
import BylineCore
import Foundation

/// How the library commands read, tag and link articles, and how they show indexing progress.
///
/// Provisional wiring: files are read by ``FallbackTextReader`` and linked by kind and
/// normalised name until the ingest reader and the entity linker are merged; the lead replaces
/// `readFile`, `listFiles` and `link` here.
enum LibraryPipeline {
  /// An indexer for `library` with Byline's reader, tagger and linker.
  static func indexer(for library: Library) -> Indexer {
    var tag: Indexer.Tag?
    do {
      tag = tagging(with: try EntityTagger.bundled())
    } catch {
      printError("byline: warning: \(error); articles are indexed without entities")
    }
    return Indexer(
      library: library, listFiles: SourceFileLister.files(in:),
      readFile: FallbackTextReader.articles(at:), tag: tag, link: link)
  }

  /// Tags each article as one document, so later mentions profit from earlier ones.
  static func tagging(with tagger: EntityTagger) -> Indexer.Tag {
    { (article: inout Article) in
      let spans = tagger.entities(inDocument: article.paragraphs.map(\.text))
      for index in article.paragraphs.indices where index < spans.count {
        article.paragraphs[index].entities = spans[index]
      }
    }
  }

  /// Gives each span the ID `KIND:normalised name`; a one-word person name takes the ID of a
  /// longer name in the same article that ends with it ("Putin" → "Vladimir Putin").
  @Sendable static func link(_ article: inout Article) {
    var fullNames: [String: String] = [:]
    for paragraph in article.paragraphs {
      for span in paragraph.entities where span.kind == .person {
        let name = EntityNameNormalizer.normalized(paragraph.text.unicodeScalarSlice(span.range))
        guard let last = name.split(separator: " ").last, name.contains(" ") else { continue }
        fullNames[String(last)] = fullNames[String(last)] ?? name
      }
    }
    for p in article.paragraphs.indices {
      let text = article.paragraphs[p].text
      for s in article.paragraphs[p].entities.indices {
        let span = article.paragraphs[p].entities[s]
        var name = EntityNameNormalizer.normalized(text.unicodeScalarSlice(span.range))
        if span.kind == .person, !name.contains(" "), let full = fullNames[name] { name = full }
        guard !name.isEmpty else { continue }
        article.paragraphs[p].entities[s].entityID = span.kind.code + ":" + name
      }
    }
  }

  /// Opens the library, printing a recovery notice if the file had to be replaced.
  static func open(_ options: LibraryOptions) throws -> Library {
    do {
      let library = try Library.open(at: options.databaseURL)
      if let recovery = library.recovery { printError("byline: \(recovery)") }
      return library
    } catch {
      printError("byline: \(error)")
      throw ExitCode.failure
    }
  }

  /// Runs the indexer with a progress display on standard error and prints a summary.
  static func index(_ library: Library, rebuild: Bool) throws {
    let display = ProgressDisplay(isTerminal: isatty(STDERR_FILENO) == 1)
    let report: IndexReport
    do {
      report = try indexer(for: library).run(rebuild: rebuild) { display.show($0) }
    } catch {
      display.finish()
      printError("byline: \(error)")
      throw ExitCode.failure
    }
    display.finish()
    for path in report.missingSources {
      printError("byline: warning: \(path) is missing; its articles were kept")
    }
    for failure in report.failures.prefix(20) { printError("byline: skipped \(failure)") }
    if report.failures.count > 20 {
      printError("byline: … and \(report.failures.count - 20) more files could not be read")
    }
    let stats = try library.statistics()
    printError(
      "byline: \(report.filesAdded) new, \(report.filesChanged) changed, "
        + "\(report.filesRemoved) removed, \(report.filesRenamed) renamed files; "
        + "\(report.articlesAdded) articles written in "
        + String(format: "%.1f", report.elapsed) + " s; the library holds \(stats.articles) "
        + "articles and \(stats.entities) entities")
  }

  /// Writes a line to standard error.
  static func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
  }
}
