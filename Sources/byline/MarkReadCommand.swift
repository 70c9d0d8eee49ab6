import ArgumentParser
import BylineCore
import BylineTUI
import Foundation

/// `byline mark-read [--source S] [--before DATE]`: marks articles read without opening the
/// reader, in one transaction (the reader's `A` does the same for the list on screen).
struct MarkReadCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "mark-read",
    abstract: "Mark articles read (all, by source or before a date).")

  @OptionGroup var options: LibraryOptions

  @Option(help: "Only articles read from this file or from files under this folder.")
  var source: String?

  @Option(
    help: ArgumentHelp(
      "Only articles published before this day (UTC); undated articles are left alone.",
      valueName: "YYYY-MM-DD"))
  var before: String?

  func validate() throws {
    if let before, Self.day(before) == nil {
      throw ValidationError("--before must be a date as YYYY-MM-DD, not '\(before)'")
    }
  }

  func run() throws {
    let library = try LibraryPipeline.open(options)
    var filter = ArticleFilter.all
    if let source {
      let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
      filter.sourcePaths = [URL(fileURLWithPath: source, relativeTo: cwd).standardizedFileURL.path]
    }
    let marked: Int
    do {
      marked = try library.markAllRead(
        matching: filter, publishedBefore: before.flatMap(Self.day))
    } catch {
      LibraryPipeline.printError("byline: \(error)")
      throw ExitCode.failure
    }
    print("marked \(marked == 1 ? "1 article" : "\(marked) articles") read")
  }

  /// The start of the day `text` names (`YYYY-MM-DD`, UTC), or `nil` when it is not a date
  /// in that form or no such day exists (`2024-02-30`).
  static func day(_ text: String) -> Date? {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else { return nil }
    var calendar = Calendar(identifier: .gregorian)
    guard let utc = TimeZone(identifier: "UTC") else { return nil }
    calendar.timeZone = utc
    let components = DateComponents(year: year, month: month, day: day)
    guard let date = calendar.date(from: components),
      calendar.dateComponents([.year, .month, .day], from: date) == components
    else { return nil }
    return date
  }
}
