import ArgumentParser
import BylineCore
import Foundation

/// How the library commands read, tag and link articles, and how they show indexing progress.
enum LibraryPipeline {
  /// An indexer for `library` with Byline's walker and reader (every supported format), the
  /// bundled entity tagger and the entity linker.
  /// The model is loaded by the first file read, so a run with nothing to read never loads it.
  static func indexer(for library: Library) -> Indexer {
    Indexer.standard(
      library: library,
      taggerUnavailable: { error in
        printError("byline: warning: \(error); articles are indexed without entities")
      })
  }

  /// Opens the library, printing a recovery notice if the file had to be replaced. A library
  /// that cannot be written is read as it is, with a note, unless the command would write to
  /// it (`forWriting`): then it fails, exit status 1.
  static func open(_ options: LibraryOptions, forWriting: Bool = false) throws -> Library {
    let library: Library
    do {
      library = try Library.open(at: options.databaseURL)
    } catch {
      printError("byline: \(error)")
      throw ExitCode.failure
    }
    if let recovery = library.recovery { printError("byline: \(recovery)") }
    if let reason = library.readOnlyReason {
      if forWriting {
        printError("byline: \(LibraryError.notWritable(path: library.url.path, reason: reason))")
        throw ExitCode.failure
      }
      printError("byline: note: the library at \(library.url.path) is read-only (\(reason))")
    }
    return library
  }

  /// Opens the library for a command that only reads it (see
  /// ``Library/open(forReadingAt:exactRankingLimit:)``), with the notices of ``open(_:forWriting:)``.
  static func openForReading(_ options: LibraryOptions) throws -> Library {
    let library: Library
    do {
      library = try Library.open(forReadingAt: options.databaseURL)
    } catch {
      printError("byline: \(error)")
      throw ExitCode.failure
    }
    if let recovery = library.recovery { printError("byline: \(recovery)") }
    if let reason = library.readOnlyReason {
      printError("byline: note: the library at \(library.url.path) is read-only (\(reason))")
    }
    return library
  }

  /// Runs the indexer with a progress display on standard error, prints a summary and returns
  /// the report.
  @discardableResult
  static func index(_ library: Library, rebuild: Bool) throws -> IndexReport {
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
    for failure in report.failures.prefix(20) { printError("byline: \(failure)") }
    if report.failures.count > 20 {
      printError("byline: … and \(report.failures.count - 20) more files could not be read")
    }
    let stats = try library.statistics()
    let files = report.filesAdded + report.filesChanged + report.filesRemoved + report.filesRenamed
    printError(
      "byline: \(report.filesAdded) new, \(report.filesChanged) changed, "
        + "\(report.filesRemoved) removed, \(report.filesRenamed) renamed "
        + (files == 1 ? "file; " : "files; ")
        + counted(report.articlesAdded, "article", "articles") + " written"
        + (report.duplicateArticles > 0
          ? " (\(report.duplicateArticles) more already in the library from other files)" : "")
        + " in "
        + String(format: "%.1f", report.elapsed) + " s; the library holds "
        + counted(stats.articles, "article", "articles") + " and "
        + counted(stats.entities, "entity", "entities"))
    return report
  }

  /// `count` with the noun that agrees with it ("1 article", "2 articles").
  private static func counted(_ count: Int, _ singular: String, _ plural: String) -> String {
    "\(count) " + (count == 1 ? singular : plural)
  }

  /// Writes a line to standard error.
  static func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
  }
}
