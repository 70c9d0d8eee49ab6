import Dispatch
import Foundation
import GRDB

/// Brings the library up to date with its sources, incrementally.
///
/// New files are read; files whose size or modification time changed are hashed and read again
/// only when their content changed; files that disappeared are removed, unless the same content
/// appeared under a new path (a rename), in which case their articles and reading state stay.
/// Reading, entity tagging and linking run on every core; writes go in batched transactions, so
/// a killed run leaves a consistent library and the next run carries on where it stopped.
///
/// The parser, the entity extractor and the linker are injected, so the indexer depends on none
/// of them.
public final class Indexer: Sendable {
  /// Reads one file into articles (the ingest code's reader).
  public typealias ReadFile = @Sendable (URL) throws -> [Article]
  /// Lists the readable files under the given sources (the ingest code's walker).
  public typealias ListFiles = @Sendable ([URL]) -> [FileInfo]
  /// Links an article's entity spans (sets `entityID`).
  public typealias Link = @Sendable (inout Article) -> Void
  /// Finds an article's entity spans (sets every paragraph's `entities`).
  public typealias Tag = @Sendable (inout Article) -> Void

  /// Reads one file's bytes, already in memory, into articles: `URL` names the file.
  typealias ReadBytes = @Sendable ([UInt8], URL) throws -> [Article]

  let library: Library
  private let listFiles: ListFiles
  private let readFile: ReadFile
  /// When set, each file is read once, for both its content hash and its articles (see
  /// ``standard(library:tagger:batchSize:skipping:)``); else `readFile` reads it again.
  private let readBytes: ReadBytes?
  let tag: Tag?
  let link: Link
  private let batchSize: Int

  /// Creates an indexer that tags articles with `tag` (for taggers that look at a whole
  /// article at once).
  ///
  /// - Parameters:
  ///   - library: the library to fill.
  ///   - listFiles: lists source files (default: ``standardFileList(_:)``, the ingest walker).
  ///   - readFile: reads one file into articles.
  ///   - tag: finds entity spans in an article; `nil` keeps the spans the reader gave.
  ///   - link: gives spans their entity IDs; spans without an ID are stored but not linked.
  ///   - batchSize: files per transaction.
  public convenience init(
    library: Library, listFiles: @escaping ListFiles = Indexer.standardFileList,
    readFile: @escaping ReadFile, tag: Tag?, link: @escaping Link = { _ in },
    batchSize: Int = 500
  ) {
    self.init(
      library: library, listFiles: listFiles, readFile: readFile, readBytes: nil, tag: tag,
      link: link, batchSize: batchSize)
  }

  /// The designated initialiser, with `readBytes` (see ``readBytes``).
  init(
    library: Library, listFiles: @escaping ListFiles, readFile: @escaping ReadFile,
    readBytes: ReadBytes?, tag: Tag?, link: @escaping Link, batchSize: Int
  ) {
    self.library = library
    self.listFiles = listFiles
    self.readFile = readFile
    self.readBytes = readBytes
    self.tag = tag
    self.link = link
    self.batchSize = max(1, batchSize)
  }

  /// Creates an indexer that runs `extractor` over each paragraph.
  ///
  /// - Parameters:
  ///   - library: the library to fill.
  ///   - listFiles: lists source files (default: ``standardFileList(_:)``, the ingest walker).
  ///   - readFile: reads one file into articles.
  ///   - extractor: finds entity spans in each paragraph; `nil` keeps the spans the reader gave.
  ///   - link: gives spans their entity IDs; spans without an ID are stored but not linked.
  ///   - batchSize: files per transaction.
  public convenience init(
    library: Library, listFiles: @escaping ListFiles = Indexer.standardFileList,
    readFile: @escaping ReadFile, extractor: (any EntityExtractor)? = nil,
    link: @escaping Link = { _ in }, batchSize: Int = 500
  ) {
    var tag: Tag?
    if let extractor {
      tag = { (article: inout Article) in
        for index in article.paragraphs.indices {
          article.paragraphs[index].entities = extractor.entities(
            in: article.paragraphs[index].text)
        }
      }
    }
    self.init(
      library: library, listFiles: listFiles, readFile: readFile, tag: tag, link: link,
      batchSize: batchSize)
  }

  /// Runs once: brings the index up to date (after dropping all derived data when `rebuild` is
  /// set; reading state is kept). `progress` is called after every committed batch.
  @discardableResult
  public func run(
    rebuild: Bool = false, progress: @escaping @Sendable (IndexProgress) -> Void = { _ in }
  ) throws(LibraryError) -> IndexReport {
    let started = Date()
    if rebuild { try library.clearDerivedData() }
    var report = IndexReport()
    let sources = try library.sources()
    let present = sources.filter { FileManager.default.fileExists(atPath: $0.url.path) }
    report.missingSources = sources.filter { !present.contains($0) }.map(\.url.path)
    let listing = listFiles(present.map(\.url))
    // Through a cursor, straight into the dictionary the plan consumes, without the hashes:
    // fetching every row first held a copied row (its values and its column names) per file
    // next to the known files, about 400 bytes a file at the peak of a check.
    var plan = IndexPlan(
      listing: listing,
      known: try library.read { db in
        var known: [String: KnownFile] = [:]
        let rows = try Row.fetchCursor(db, sql: KnownFile.selection)
        while let row = try rows.next() {
          let file = KnownFile(row: row)
          known[file.path] = file
        }
        return known
      }, sources: present)
    try library.read { db in
      let statement = try db.cachedStatement(sql: "SELECT hash FROM files WHERE id = ?")
      try plan.loadHashes { id in try String.fetchOne(statement, arguments: [id]) }
    }
    report.filesUnchanged = plan.unchanged
    let state = WriterState()
    // A first full index (or a rebuild) of more than one batch fills `mentions` without its
    // two secondary indexes and builds them once at the end, from sorted data: much cheaper
    // than keeping them up to date row by row. Any other run (including the one after a killed
    // first index) makes sure they exist before it deletes anything.
    let empty = try library.read { db in try LibrarySchema.hasNoArticles(db) }
    let bulk = empty && plan.work.count > batchSize
    // It also lets the write-ahead log grow to 40 MB before copying pages back, so a page
    // written by several batches in a row is copied once, and lets FTS5 merge its segments
    // less often (8 of a size, not 4), merging them all once at the end (`optimize`).
    // A first index into a new library also writes without syncing (`synchronous = OFF`):
    // a killed process still leaves a consistent library (the write-ahead log is complete in
    // the operating system's cache; tested by killing indexes), and only a power cut or a
    // system crash could damage it, when there is no reading state yet to lose: the next start
    // moves a damaged file aside and indexes again. A rebuild keeps syncing.
    let unsynced = bulk && !rebuild
    try library.write { db in
      if bulk {
        try LibrarySchema.dropDeferredIndexes(db)
        try db.execute(sql: "PRAGMA wal_autocheckpoint = 10000")
        try db.execute(sql: "INSERT INTO article_fts(article_fts, rank) VALUES ('automerge', 8)")
      } else {
        try LibrarySchema.createDeferredIndexes(db)
        try Self.restoreAutomerge(db)
      }
    }
    if unsynced { try library.setSynchronous(false) }
    defer {
      if bulk {
        if unsynced { try? library.setSynchronous(true) }
        try? library.write { db in
          try LibrarySchema.createDeferredIndexes(db)
          try db.execute(sql: "PRAGMA wal_autocheckpoint = 1000")
          try Self.restoreAutomerge(db)
        }
      }
    }
    try applyRenamesAndRemovals(&plan, state: state)
    report.filesRenamed = plan.renamed.count
    report.filesRemoved = plan.removed.count
    try process(plan.work, state: state, started: started, progress: progress)
    let changed = !plan.work.isEmpty || !plan.removed.isEmpty
    try library.write { db in
      try state.session.removeUnusedEntities(db)
      try LibrarySchema.createDeferredIndexes(db)
      if changed { try EntityAliasTable.update(db, touched: state.session.touchedEntities) }
      if bulk { try db.execute(sql: "INSERT INTO article_fts(article_fts) VALUES ('optimize')") }
    }
    state.report.filesRenamed = report.filesRenamed
    state.report.filesRemoved = report.filesRemoved
    state.report.filesUnchanged = report.filesUnchanged
    state.report.missingSources = report.missingSources
    state.report.elapsed = Date().timeIntervalSince(started)
    return state.report
  }

  /// Sets FTS5's `automerge` back to its default (4) when a first index left another value (it
  /// is kept in the database, and a killed first index does not reset it); writes nothing
  /// otherwise, so a run with nothing to do leaves the file as it was.
  private static func restoreAutomerge(_ db: Database) throws {
    let value = try Int.fetchOne(
      db, sql: "SELECT v FROM article_fts_config WHERE k = 'automerge'")
    if let value, value != 4 {
      try db.execute(sql: "INSERT INTO article_fts(article_fts, rank) VALUES ('automerge', 4)")
    }
  }

  private func applyRenamesAndRemovals(
    _ plan: inout IndexPlan, state: WriterState
  ) throws(LibraryError) {
    plan.detectRenames()
    let renamed = plan.renamed
    let removed = plan.removed
    guard !renamed.isEmpty || !removed.isEmpty else { return }
    try library.write { db in
      for rename in renamed {
        try db.execute(
          sql: "UPDATE files SET path = ?, size = ?, mtime = ?, source_id = ? WHERE id = ?",
          arguments: [
            rename.to.path, rename.to.size, rename.to.modified.timeIntervalSince1970,
            rename.sourceID, rename.from.id,
          ])
        try db.execute(
          sql: """
            UPDATE articles SET source = ? WHERE file_id = ? AND source = ?
              AND id IN (SELECT article_id FROM file_articles WHERE file_id = ?)
            """,
          arguments: [rename.to.path, rename.from.id, rename.from.path, rename.from.id])
      }
    }
    for batch in stride(from: 0, to: removed.count, by: batchSize) {
      let files = removed[batch..<min(removed.count, batch + batchSize)]
      let count = try library.write { db in
        var count = 0
        for file in files {
          count += try state.session.deleteArticles(ofFile: file.id, from: db)
          try db.execute(sql: "DELETE FROM files WHERE id = ?", arguments: [file.id])
        }
        try state.session.flush(db)
        return count
      }
      state.report.articlesRemoved += count
    }
  }

  private func process(
    _ work: [IndexPlan.WorkItem], state: WriterState, started: Date,
    progress: @escaping @Sendable (IndexProgress) -> Void
  ) throws(LibraryError) {
    let writer = DispatchQueue(label: "byline.indexer.writer")
    let group = DispatchGroup()
    let failure = Locked<LibraryError?>(nil)
    let total = work.count
    var done = 0
    for batch in stride(from: 0, to: work.count, by: batchSize) {
      let items = Array(work[batch..<min(work.count, batch + batchSize)])
      let outcomes = prepare(items)
      group.wait()
      if failure.withLock({ $0 }) != nil { break }
      done += items.count
      let filesDone = done
      let library = self.library
      writer.async(group: group) {
        let cpuBefore = ThreadCPUClock.seconds
        defer { state.report.writerCPUSeconds += ThreadCPUClock.seconds - cpuBefore }
        do {
          try library.write { db in try state.write(items, outcomes, into: db) }
          progress(
            IndexProgress(
              filesDone: filesDone, filesTotal: total, articlesWritten: state.report.articlesAdded,
              elapsed: Date().timeIntervalSince(started)))
        } catch {
          state.session.reset()
          failure.withLock { $0 = library.mapped(error) }
        }
      }
    }
    group.wait()
    if let error = failure.withLock({ $0 }) { throw error }
  }

  /// Reads, tags and links a batch of files on every core.
  private func prepare(_ items: [IndexPlan.WorkItem]) -> [FileOutcome] {
    let results = Locked<[FileOutcome?]>(Array(repeating: nil, count: items.count))
    DispatchQueue.concurrentPerform(iterations: items.count) { index in
      let outcome = prepare(items[index])
      results.withLock { $0[index] = outcome }
    }
    return results.withLock { $0 }.map { $0 ?? .failed(hash: "", message: "not processed") }
  }

  private func prepare(_ item: IndexPlan.WorkItem) -> FileOutcome {
    let url = item.file.url
    if let readBytes, let bytes = Self.bytes(of: url) {
      let hash = ContentHash.of(bytes)
      if let existing = item.existing, existing.hash == hash { return .sameContent(hash: hash) }
      do {
        return .parsed(hash: hash, articles: try readBytes(bytes, url).map(prepare(_:)))
      } catch {
        return .failed(hash: hash, message: Self.reason(error))
      }
    }
    guard let data = try? Data(contentsOf: url, options: [.mappedIfSafe]) else {
      return .failed(hash: "", message: "the file cannot be read")
    }
    let hash = ContentHash.of(data)
    if let existing = item.existing, existing.hash == hash { return .sameContent(hash: hash) }
    do {
      let articles = try readFile(url)
      return .parsed(hash: hash, articles: articles.map(prepare(_:)))
    } catch {
      return .failed(hash: hash, message: Self.reason(error))
    }
  }

  /// Why a file could not be read, without its path: the report and the `!` view name the
  /// file themselves.
  private static func reason(_ error: any Error) -> String {
    (error as? IngestError)?.diagnostic.reason ?? "\(error)"
  }

  /// The whole content of the file at `url` when it can be read and is no larger than the
  /// readers take (``IngestOptions/defaultMaxFileSize``); `nil` otherwise, for the slower path
  /// that hashes the file and lets `readFile` say what is wrong with it.
  private static func bytes(of url: URL) -> [UInt8]? {
    let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
    let size = Int(info.st_size)
    guard size <= IngestOptions.defaultMaxFileSize else { return nil }
    var bytes = [UInt8](repeating: 0, count: size)
    var filled = 0
    let complete = bytes.withUnsafeMutableBytes { buffer -> Bool in
      guard let base = buffer.baseAddress else { return true }
      while filled < size {
        let count = read(descriptor, base + filled, size - filled)
        if count < 0 && errno == EINTR { continue }
        guard count > 0 else { return false }
        filled += count
      }
      return true
    }
    // A file that shrank or grew since `stat` is read the slow way, which copes with both.
    guard complete else { return nil }
    var probe: UInt8 = 0
    guard read(descriptor, &probe, 1) == 0 else { return nil }
    return bytes
  }

  private func prepare(_ article: Article) -> PreparedArticle {
    var article = article
    tag?(&article)
    link(&article)
    return PreparedArticle(article)
  }
}
