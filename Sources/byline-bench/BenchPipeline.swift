import ArgumentParser
import BylineCore
import Foundation

/// How the benchmarks read and tag articles: the same pieces as `byline index`.
enum BenchPipeline {
  /// An indexer for `library`; `tagger` is `model` or `none`.
  static func indexer(
    for library: Library, tagger: String, batchSize: Int = Indexer.standardBatchSize
  ) throws -> Indexer {
    switch tagger {
    case "none": return Indexer.standard(library: library, tagger: nil, batchSize: batchSize)
    case "model":
      return Indexer.standard(
        library: library, tagger: try EntityTagger.bundled(), batchSize: batchSize)
    default: throw ValidationError("--tagger must be model or none")
    }
  }
}
