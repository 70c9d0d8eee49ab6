import Foundation

extension Indexer {
  /// An indexer with Byline's own pieces: the folder walker, the readers for every supported
  /// format, `tagger` (articles are indexed without entities when it is `nil`) and the linker.
  /// `batchSize` files are written per transaction; `skipping` leaves out files with those
  /// names (such as the samples folder's `README.md`).
  public static func standard(
    library: Library, tagger: EntityTagger?, batchSize: Int = standardBatchSize,
    skipping: Set<String> = []
  ) -> Indexer {
    var listFiles: ListFiles = standardFileList
    if !skipping.isEmpty {
      listFiles = { roots in
        standardFileList(roots).filter { !skipping.contains($0.url.lastPathComponent) }
      }
    }
    return Indexer(
      library: library, listFiles: listFiles, readFile: standardReader,
      readBytes: standardBytesReader, tag: tagger.map(documentTagging(with:)),
      link: EntityLinker.link, batchSize: batchSize)
  }

  /// An indexer with Byline's own pieces, tagging with ``bundledTagging(unavailable:)``: the
  /// model is loaded by the first article read, so a run with nothing to read (the check of an
  /// unchanged library, which the reader runs at every start) never holds it.
  public static func standard(
    library: Library, taggerUnavailable: @escaping @Sendable (any Error) -> Void,
    batchSize: Int = standardBatchSize, skipping: Set<String> = []
  ) -> Indexer {
    var listFiles: ListFiles = standardFileList
    if !skipping.isEmpty {
      listFiles = { roots in
        standardFileList(roots).filter { !skipping.contains($0.url.lastPathComponent) }
      }
    }
    return Indexer(
      library: library, listFiles: listFiles, readFile: standardReader,
      readBytes: standardBytesReader, tag: bundledTagging(unavailable: taggerUnavailable),
      link: EntityLinker.link, batchSize: batchSize)
  }

  /// Tags with the bundled tagger (``EntityTagger/bundled()``), loading it at the first article
  /// (about 10 MB of model). When it cannot be loaded, `unavailable` hears of it once and
  /// articles are indexed without entities.
  public static func bundledTagging(
    unavailable: @escaping @Sendable (any Error) -> Void
  ) -> Tag {
    let reported = Locked(false)
    return { (article: inout Article) in
      do {
        let tagger = try EntityTagger.bundled()
        Indexer.tagDocument(&article, with: tagger)
      } catch {
        let first: Bool = reported.withLock { (value: inout Bool) -> Bool in
          defer { value = true }
          return !value
        }
        if first { unavailable(error) }
      }
    }
  }

  /// Files per transaction for ``standard(library:tagger:batchSize:)``.
  public static let standardBatchSize = 500

  /// Tags each article as one document, so later mentions profit from earlier ones.
  public static func documentTagging(with tagger: EntityTagger) -> Tag {
    { (article: inout Article) in Indexer.tagDocument(&article, with: tagger) }
  }

  /// Sets the entity spans of every paragraph of `article`, tagged as one document.
  private static func tagDocument(_ article: inout Article, with tagger: EntityTagger) {
    let spans = tagger.entities(inDocument: article.paragraphs.map(\.text))
    for index in article.paragraphs.indices where index < spans.count {
      article.paragraphs[index].entities = spans[index]
    }
  }

  /// The article files under the sources, as ``ArticleFileWalker`` finds them (its diagnostics
  /// are left out: a missing source is simply empty). The one file walker of Byline.
  @Sendable public static func standardFileList(_ roots: [URL]) -> [FileInfo] {
    ArticleFileWalker.files(under: roots).files.map {
      FileInfo(path: $0.path, size: Int64($0.size), modified: $0.modificationDate)
    }
  }

  /// The articles in one file, in any supported format. A file that gives no article because
  /// of an error (a JSON file cut short, a feed that does not parse) is a failure of the index
  /// run, named with its error, not a file that is silently empty.
  @Sendable static func standardReader(_ url: URL) throws -> [Article] {
    try articles(of: ArticleReader.readFile(at: url))
  }

  /// ``standardReader(_:)`` over a file's bytes already read (the same articles and errors).
  @Sendable static func standardBytesReader(_ bytes: [UInt8], _ url: URL) throws -> [Article] {
    let path = url.isFileURL ? url.relativePath : url.absoluteString
    return try articles(of: ArticleReader.read(bytes: bytes, path: path))
  }

  /// The articles of one file's reading, or its first error when it gave none.
  private static func articles(of ingest: FileIngest) throws -> [Article] {
    if ingest.articles.isEmpty,
      let error = ingest.diagnostics.first(where: { $0.severity == .error })
    {
      throw IngestError.malformed(path: error.path, line: error.line, message: error.message)
    }
    return ingest.articles
  }
}
