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
      tag: tagger.map(documentTagging(with:)), link: EntityLinker.link, batchSize: batchSize)
  }

  /// Files per transaction for ``standard(library:tagger:batchSize:)``.
  public static let standardBatchSize = 500

  /// Tags each article as one document, so later mentions profit from earlier ones.
  public static func documentTagging(with tagger: EntityTagger) -> Tag {
    { (article: inout Article) in
      let spans = tagger.entities(inDocument: article.paragraphs.map(\.text))
      for index in article.paragraphs.indices where index < spans.count {
        article.paragraphs[index].entities = spans[index]
      }
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
    let ingest = try ArticleReader.readFile(at: url)
    if ingest.articles.isEmpty,
      let error = ingest.diagnostics.first(where: { $0.severity == .error })
    {
      throw IngestError.malformed(path: error.path, line: error.line, message: error.message)
    }
    return ingest.articles
  }
}
