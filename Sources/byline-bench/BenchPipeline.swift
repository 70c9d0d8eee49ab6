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
      library: library, readFile: FallbackTextReader.articles(at:), tag: tag, link: link)
  }

  /// Links spans by kind and normalised name.
  @Sendable static func link(_ article: inout Article) {
    for p in article.paragraphs.indices {
      let text = article.paragraphs[p].text
      for s in article.paragraphs[p].entities.indices {
        let span = article.paragraphs[p].entities[s]
        let name = EntityNameNormalizer.normalized(text.unicodeScalarSlice(span.range))
        if !name.isEmpty {
          article.paragraphs[p].entities[s].entityID = span.kind.code + ":" + name
        }
      }
    }
  }
}
