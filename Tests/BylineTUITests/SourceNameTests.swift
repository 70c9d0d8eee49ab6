import BylineCore
import Testing

@testable import BylineTUI

/// The source shown in the body header: a name, not a long path.
@Suite struct SourceNameTests {
  @Test func namedSourceThenSiteThenFolderAndFile() {
    #expect(SourceName.display(source: "/data/digest.jsonl (Wire Desk)", url: nil) == "Wire Desk")
    #expect(
      SourceName.display(source: "/feeds/world.rss", url: "https://www.example.org/a/1")
        == "example.org")
    #expect(
      SourceName.display(source: "https://news.example.kr/seoul/123", url: nil) == "news.example.kr"
    )
    #expect(
      SourceName.display(source: "/usr/share/byline/Resources/Samples/korea/summit.html", url: nil)
        == "korea/summit.html")
    #expect(SourceName.display(source: "notes.txt", url: nil) == "notes.txt")
    #expect(
      SourceName.display(source: "/home/a/My notes (draft).txt", url: nil)
        == "a/My notes (draft).txt")
    #expect(SourceName.display(source: "", url: nil).isEmpty)
  }

  @Test func sampleLibraryHeaderShowsNoBundlePathAndKeysStayTheSame() throws {
    let ingest = SampleLibrary.articles()
    #expect(!ingest.articles.isEmpty)
    let folder = SampleLibrary.directory.path
    for article in ingest.articles {
      let meta = Reflow.headerMeta(article)
      #expect(!meta.contains(folder), "\(meta)")
      #expect(!meta.contains("/Resources/"), "\(meta)")
      // Display only: the stored source is still the file, so keys and the library are unchanged.
      #expect(article.source.hasPrefix(folder))
    }
    let again = SampleLibrary.articles().articles.map(\.key)
    #expect(again == ingest.articles.map(\.key))
  }
}
