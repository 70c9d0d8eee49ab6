import ArgumentParser
import BylineCore
import Foundation

/// How the benchmarks read and tag articles: the same pieces as `byline index`.
enum BenchPipeline {
  /// An indexer for `library`; `tagger` is `model` or `none`.
  static func indexer(for library: Library, tagger: String) throws -> Indexer {
    var tag: Indexer.Tag?
    switch tagger {
    case "none":
      tag = nil
    case "model":
      let model = try EntityTagger.bundled()
      tag = { (article: inout Article) in
        let spans = model.entities(inDocument: article.paragraphs.map(\.text))
        for index in article.paragraphs.indices where index < spans.count {
          article.paragraphs[index].entities = spans[index]
        }
      }
    default:
      throw ValidationError("--tagger must be model or none")
    }
    return Indexer(
      library: library, listFiles: listFiles, readFile: readFile, tag: tag,
      link: EntityLinker.link)
  }

  /// The article files under the sources, as the ingest walker finds them.
  @Sendable static func listFiles(_ roots: [URL]) -> [FileInfo] {
    ArticleFileWalker.files(under: roots).files.map {
      FileInfo(
        path: $0.path, size: Int64($0.size),
        modified: $0.modificationDate)
    }
  }

  /// The articles in one file, in any supported format.
  @Sendable static func readFile(_ url: URL) throws -> [Article] {
    do {
      return try ArticleReader.readFile(at: url).articles
    } catch {
      throw error
    }
  }
}
