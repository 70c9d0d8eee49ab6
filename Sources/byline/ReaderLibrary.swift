import BylineCore
import BylineTUI
import Foundation

/// The library the reader opens: the user's library, or — while no source has been added —
/// a library of the bundled samples kept next to it, so reading state persists either way.
/// Either comes with a background indexer that brings it up to date after the first frame.
struct ReaderLibrary {
  /// The library to read.
  var library: Library
  /// Brings `library` up to date in the background (`nil` for a read-only library).
  var indexer: BackgroundIndexer?
  /// Problems to tell the user in the status line.
  var notices: [StatusMessage]
  /// What was done (`added news`), shown with the indexing progress and summary.
  var note: String?
  /// The sources given on the command line: the list shows their articles.
  var shownSources: [String] = []
  /// Why there is no indexer, for `r` to say.
  var whyNotIndexed: String?
  /// Fetches an article's full text for `F` and stores it (`nil`: read-only, or the samples).
  var fullText: BackgroundFullText?

  /// Opens the library at `databaseURL`, records `paths` as sources (relative to the current
  /// folder), and falls back to the samples library when it has no source. Problems with
  /// single paths become notices; a library that cannot be opened is thrown. A read-only
  /// library is read as it is: nothing is added or indexed, and the status line says so.
  static func open(
    databaseURL: URL, paths: [String], logPath: String?, fetchSettings: FetchSettings
  ) throws(LibraryError) -> ReaderLibrary {
    var notices: [StatusMessage] = []
    let main = try Library.open(at: databaseURL)
    if let recovery = main.recovery { notices.append(StatusMessage("\(recovery)", isError: true)) }
    if let reason = main.readOnlyReason {
      let ignored = paths.isEmpty ? "" : "; \(Self.names(paths)) not added"
      notices.append(
        StatusMessage(
          "Read-only library \(main.url.path) (\(reason)): marks are not saved, nothing is "
            + "indexed\(ignored)", isError: true))
      return ReaderLibrary(
        library: main, indexer: nil, notices: notices, note: "read-only",
        whyNotIndexed: "Read-only library: nothing can be indexed or marked (\(reason)); "
          + "make \(main.url.path) writable and start Byline again")
    }
    let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    var added: [String] = []
    var known: [String] = []
    for path in paths {
      // A web address is recorded as a feed; the background run fetches it (it is due).
      if WebAddress.isWebAddress(path) {
        do {
          let shown = WebAddress.redacted(path)
          if try main.addFeed(url: path) != nil { added.append(shown) } else { known.append(shown) }
        } catch {
          notices.append(StatusMessage("\(error)", isError: true))
        }
        continue
      }
      let url = URL(fileURLWithPath: path, relativeTo: cwd).standardizedFileURL
      do {
        if try main.addSource(url) { added.append(url.path) } else { known.append(url.path) }
      } catch {
        notices.append(StatusMessage("\(error)", isError: true))
      }
    }
    var note: String?
    if !added.isEmpty {
      note = "added \(Self.names(added))"
    } else if !known.isEmpty {
      note = "\(Self.names(known)) already in the library"
    }
    if main.hasSources {
      var opened = ReaderLibrary(
        library: main,
        indexer: indexer(
          for: main, samples: false, logPath: logPath, fetchSettings: fetchSettings),
        notices: notices, note: note, shownSources: added + known)
      opened.fullText = fullText(for: main, settings: fetchSettings)
      return opened
    }
    let samples = try Library.open(at: samplesURL(for: main.url))
    let folder = SampleLibrary.directory.standardizedFileURL
    if try !samples.sources().contains(where: { $0.url.path == folder.path }) {
      do {
        try samples.addSource(folder)
      } catch {
        notices.append(StatusMessage("the sample articles are missing: \(error)", isError: true))
      }
    }
    return ReaderLibrary(
      library: samples,
      indexer: indexer(for: samples, samples: true, logPath: logPath, fetchSettings: nil),
      notices: notices, note: "sample articles (add yours: byline add FOLDER)")
  }

  /// Opens the library at `databaseURL` without changing it, with reading state kept in
  /// `stateURL` (``Library/open(sharedAt:readingStateAt:exactRankingLimit:)``): nothing is added
  /// or indexed. This is each reader of `byline serve`.
  static func shared(databaseURL: URL, stateURL: URL) throws(LibraryError) -> ReaderLibrary {
    let library = try Library.open(sharedAt: databaseURL, readingStateAt: stateURL)
    return ReaderLibrary(library: library, indexer: nil, notices: [], note: nil)
  }

  /// Where the samples library of the library at `url` is kept: next to it,
  /// `library.sqlite` → `library-samples.sqlite`.
  static func samplesURL(for url: URL) -> URL {
    let name = url.deletingPathExtension().lastPathComponent + "-samples.sqlite"
    return url.deletingLastPathComponent().appendingPathComponent(name)
  }

  /// A background indexer for `library` with Byline's walker, reader, tagger and linker; the
  /// tagger is loaded on the background thread. Web feeds are refreshed after the files with
  /// `fetchSettings` (not at all when `nil`). Reading problems are written to `logPath`.
  static func indexer(
    for library: Library, samples: Bool, logPath: String?, fetchSettings: FetchSettings?
  ) -> BackgroundIndexer {
    BackgroundIndexer(
      indexer: { notify in
        makeIndexer(for: library, samples: samples) { notify(StatusMessage($0, isError: true)) }
      },
      fetchSettings: fetchSettings,
      afterRun: { report in
        guard let logPath else { return }
        let text =
          report.failures.map { "\($0)\n" }.joined()
          + report.feedFailures.map { "\($0.url): \($0.outcome)\n" }.joined()
        try? text.write(toFile: logPath, atomically: true, encoding: .utf8)
      })
  }

  /// Fetches full text for `F`: the article's page through `settings` (offline stays
  /// offline), stored in `library` through an indexer with Byline's tagger, made on the first
  /// fetch.
  static func fullText(for library: Library, settings: FetchSettings) -> BackgroundFullText {
    let cache = Locked<Indexer?>(nil)
    return BackgroundFullText { article in
      let indexer = cache.withLock { cached in
        if let cached { return cached }
        let made = makeIndexer(for: library, samples: false) { _ in }
        cached = made
        return made
      }
      switch FullTextPage.fetchAndStore(article, indexer: indexer, settings: settings) {
      case .success(let stored): return .fetched(stored)
      case .failure(let outcome): return .failed("\(outcome)")
      }
    }
  }

  /// Files per transaction in the reader: small enough that saving a read or star mark, which
  /// waits for the batch being written, stays quick while indexing.
  static let batchSize = 100

  /// The reader's indexer; `report` hears of a tagger that could not be loaded (articles are
  /// then indexed without entities, and the reader says so). The tagger is loaded by the first
  /// file read: the check of an unchanged library at every start never holds it.
  private static func makeIndexer(
    for library: Library, samples: Bool, report: @escaping @Sendable (String) -> Void
  ) -> Indexer {
    // The samples folder's README is about the samples, not one of them.
    Indexer.standard(
      library: library,
      taggerUnavailable: { error in
        report("entity tagger unavailable (\(error)); articles are indexed without entities")
      }, batchSize: batchSize, skipping: samples ? ["README.md"] : [])
  }

  private static func names(_ paths: [String]) -> String {
    paths.count == 1 ? URL(fileURLWithPath: paths[0]).lastPathComponent : "\(paths.count) sources"
  }
}
