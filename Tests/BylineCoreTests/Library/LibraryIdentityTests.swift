import BylineCore
import Foundation
import Testing

/// Article identity (issue 17): two files hold the same article only when their identifier
/// (URL or feed ID) matches or their whole text does; texts that share a title, a date and
/// their first 500 characters but differ later are two articles, both kept.
@Suite struct LibraryIdentityTests {
  /// An opening paragraph longer than the 500 characters version 2 keyed on.
  static let opening = String(
    repeating: "Negotiators met again in Geneva on Tuesday to discuss the ceasefire. ", count: 9)

  /// A text with the shared title, date and opening, and its own ending.
  static func story(ending: String, url: String? = nil) -> String {
    "Talks resume\ndate: 2020-03-01\n" + (url.map { "url: \($0)\n" } ?? "") + "\n"
      + opening + "\n\n" + ending
  }

  private func path(_ scratch: LibraryScratch, _ name: String) -> String {
    scratch.sources.appendingPathComponent(name).path
  }

  private func bodies(_ library: Library) throws -> [String] {
    try library.summaries(matching: .all, order: .date, offset: 0, limit: 20).compactMap {
      try library.article(for: $0.key)?.paragraphs.last?.text
    }.sorted()
  }

  /// Issue 17: the second text used to be lost, stored as a duplicate of the first.
  @Test func textsSharingTitleDateAndOpeningAreTwoArticles() throws {
    let scratch = try LibraryScratch()
    try scratch.write("a.txt", Self.story(ending: "Both sides agreed to a truce."))
    try scratch.write("b.txt", Self.story(ending: "The talks collapsed at night."))
    let library = try scratch.openLibrary()
    let report = try scratch.indexer(library).run()
    #expect(report.articlesAdded == 2 && report.duplicateArticles == 0)
    #expect(try library.articleCount(matching: .all) == 2)
    #expect(
      try bodies(library) == ["Both sides agreed to a truce.", "The talks collapsed at night."])
    for name in ["a.txt", "b.txt"] {
      let only = ArticleFilter(sourcePaths: [path(scratch, name)])
      #expect(try library.articleCount(matching: only) == 1)
    }
    #expect(try library.search(query: "collapsed").total == 1)
    #expect(try library.search(query: "truce").total == 1)
  }

  /// Issue 17: versions of one story are two articles, and each names the other as a version.
  @Test func versionsOfAStoryAreGroupedButKept() throws {
    let scratch = try LibraryScratch()
    try scratch.write("a.txt", Self.story(ending: "Both sides agreed to a truce."))
    try scratch.write("b.txt", Self.story(ending: "The talks collapsed at night."))
    try scratch.write("c.txt", "Talks resume\ndate: 2020-03-01\n\nAnother story altogether.")
    let library = try scratch.openLibrary()
    try scratch.indexer(library).run()
    let all = try library.summaries(matching: .all, order: .date, offset: 0, limit: 5)
    #expect(all.count == 3)
    let a = try #require(all.first { $0.source == path(scratch, "a.txt") })
    let b = try #require(all.first { $0.source == path(scratch, "b.txt") })
    let c = try #require(all.first { $0.source == path(scratch, "c.txt") })
    #expect(try library.versions(of: a.key).map(\.key) == [b.key])
    #expect(try library.versions(of: b.key).map(\.key) == [a.key])
    #expect(try library.versions(of: c.key).isEmpty)
    #expect(try library.versions(of: ArticleKey(rawValue: "missing")).isEmpty)
  }

  /// Issue 17: the same, for two versions in one feed.
  @Test func twoVersionsInOneFileAreTwoArticles() throws {
    let scratch = try LibraryScratch()
    try scratch.write(
      "feed.txt",
      Self.story(ending: "First version.") + "\n---\n" + Self.story(ending: "Second version."))
    let library = try scratch.openLibrary()
    let report = try scratch.indexer(library).run()
    #expect(report.articlesAdded == 2)
    #expect(try bodies(library) == ["First version.", "Second version."])
  }

  /// Issue 17: the whole text decides, so a copy is still one article under both files, and so
  /// is a copy whose line breaks differ.
  @Test func sameTextInTwoFilesIsOneArticleUnderBoth() throws {
    let scratch = try LibraryScratch()
    let text = Self.story(ending: "Both sides agreed to a truce.")
    try scratch.write("news/a.txt", text)
    try scratch.write("copy/a.txt", text)
    try scratch.write(
      "rewrapped/a.txt", text.replacingOccurrences(of: "to a truce", with: "to a\n  truce"))
    let library = try scratch.openLibrary()
    let report = try scratch.indexer(library).run()
    #expect(report.articlesAdded == 1 && report.duplicateArticles == 2)
    #expect(try library.articleCount(matching: .all) == 1)
    for folder in ["news", "copy", "rewrapped"] {
      let only = ArticleFilter(sourcePaths: [path(scratch, folder)])
      #expect(try library.articleCount(matching: only) == 1)
    }
  }

  /// Issue 17: an identifier names one article whatever its text: an edit replaces the stored
  /// text and keeps the key and the reading state.
  @Test func sameURLWithEditedTextIsOneArticleUpdated() throws {
    let scratch = try LibraryScratch()
    let url = "https://example.com/talks"
    try scratch.write("a.txt", Self.story(ending: "Version one.", url: url))
    let library = try scratch.openLibrary()
    try scratch.indexer(library).run()
    let key = try #require(try library.articleKey(forURL: url))
    let state = ReadingState(isRead: true, isStarred: true, lastParagraph: 1)
    try library.setReadingState(state, for: key)
    // The file itself edited.
    try scratch.write("a.txt", Self.story(ending: "Version two.", url: url))
    try scratch.indexer(library).run()
    #expect(try library.articleCount(matching: .all) == 1)
    #expect(try library.article(for: key)?.paragraphs.last?.text == "Version two.")
    // Another file with the same URL and another text: still one article, under both files,
    // with the text read last.
    try scratch.write("b.txt", Self.story(ending: "Version three.", url: url))
    let report = try scratch.indexer(library).run()
    #expect(report.articlesAdded == 0 && report.articlesUpdated == 1)
    #expect(try library.articleCount(matching: .all) == 1)
    #expect(try library.articleKey(forURL: url) == key)
    #expect(try library.article(for: key)?.paragraphs.last?.text == "Version three.")
    for name in ["a.txt", "b.txt"] {
      let only = ArticleFilter(sourcePaths: [path(scratch, name)])
      #expect(try library.articleCount(matching: only) == 1)
    }
    #expect(try library.search(query: "three").total == 1)
    #expect(try library.search(query: "two").total == 0)
    // Editing the first file again brings its text back; removing it keeps the other's.
    try scratch.write("a.txt", Self.story(ending: "Version four.", url: url))
    try scratch.indexer(library).run()
    #expect(try library.article(for: key)?.paragraphs.last?.text == "Version four.")
    try FileManager.default.removeItem(at: scratch.sources.appendingPathComponent("a.txt"))
    let removed = try scratch.indexer(library).run()
    #expect(removed.articlesRemoved == 0)
    #expect(try library.article(for: key)?.source == path(scratch, "b.txt"))
    #expect(try library.readingState(for: key) == state)
    #expect(try library.integrityCheck() == ["ok"])
  }

  /// Issue 17: an update during a first full index (secondary mention indexes not built yet)
  /// takes the old text's entities and search entry away.
  @Test func updateDuringAFirstFullIndexKeepsEntitiesRight() throws {
    let scratch = try LibraryScratch()
    let url = "https://example.com/visit"
    try scratch.write("a.txt", "Visit\ndate: 2020-03-01\nurl: \(url)\n\nPutin in Moscow.")
    try scratch.write("b.txt", "Visit\ndate: 2020-03-01\nurl: \(url)\n\nMerkel in Berlin.")
    try scratch.write("c.txt", "Other\ndate: 2020-03-02\n\nPutin again.")
    let library = try scratch.openLibrary()
    let report = try scratch.indexer(library, batchSize: 1).run()
    #expect(report.articlesAdded == 2 && report.articlesUpdated == 1)
    #expect(try library.entities(named: "Putin", limit: 1).first?.articleCount == 1)
    #expect(try library.entities(named: "Merkel", limit: 1).first?.articleCount == 1)
    #expect(try library.entities(named: "Moscow", limit: 1).isEmpty)
    #expect(try library.search(query: "Moscow").total == 0)
    #expect(try library.search(query: "Berlin").total == 1)
    #expect(try library.integrityCheck() == ["ok"])
  }

  /// Issue 17, with Byline's own readers: two plain-text versions sharing their opening are two
  /// articles; a feed item whose GUID comes back with an edited text is one, updated.
  @Test func bylineReadersKeyByWholeTextOrGUID() throws {
    let scratch = try LibraryScratch()
    let text = "Talks resume\n\n" + Self.opening + "\n\n"
    try scratch.write("a.txt", text + "Both sides agreed to a truce.\n")
    try scratch.write("b.txt", text + "The talks collapsed at night.\n")
    func feed(_ description: String) -> String {
      """
      <?xml version="1.0"?><rss version="2.0"><channel><title>F</title>
      <item><title>Item</title><guid isPermaLink="false">item-1</guid>
      <description>\(description)</description></item></channel></rss>
      """
    }
    try scratch.write("feed.xml", feed("First text."))
    let library = try scratch.openLibrary()
    let indexer = Indexer.standard(library: library, tagger: nil)
    #expect(try indexer.run().articlesAdded == 3)
    let item = try #require(
      try library.summaries(matching: .all, order: .date, offset: 0, limit: 5)
        .first { $0.title == "Item" })
    try library.setReadingState(ReadingState(isStarred: true), for: item.key)
    try scratch.write("feed.xml", feed("Second text."))
    try indexer.run()
    #expect(try library.articleCount(matching: .all) == 3)
    #expect(try library.article(for: item.key)?.paragraphs.first?.text == "Second text.")
    #expect(try library.readingState(for: item.key).isStarred)
  }

  /// The whole normalised text makes the key: white space runs count as one space, any other
  /// difference gives another key.
  @Test func keyHashesTheWholeNormalisedText() {
    func key(_ body: [String]) -> ArticleKey {
      ArticleKey(identifier: nil, title: "T", published: "2020-03-01", body: body)
    }
    let long = Self.opening
    #expect(key([long, "End one."]) != key([long, "End two."]))
    #expect(key([long, "End one."]) == key([" " + long, "End\n one. "]))
    #expect(key(["a b"]) == key(["a", "b"]))
    #expect(key(["ab"]) != key(["a", "b"]))
    #expect(
      ArticleKey(identifier: "https://x/1", title: "T", published: nil, body: ["A"])
        == ArticleKey(identifier: "https://x/1", title: "U", published: nil, body: ["B"]))
  }

  /// Regression (issue 17): JSON Lines files number their items `1`, `2`, …, so two unrelated
  /// files share small IDs; such an ID is not an identity of its own, and the two articles stay
  /// apart, while a GUID-like or URL identifier still names one article whatever its title.
  @Test func shortPerFileIDsDoNotMergeUnrelatedArticles() throws {
    let scratch = try LibraryScratch()
    try scratch.write(
      "a.jsonl", #"{"id": "1", "title": "Harbour reopens", "text": "The harbour reopened."}"# + "\n"
    )
    try scratch.write(
      "b.jsonl", #"{"id": "1", "title": "Budget passes", "text": "The council voted."}"# + "\n")
    let library = try scratch.openLibrary()
    #expect(try Indexer.standard(library: library, tagger: nil).run().articlesAdded == 2)
    #expect(try library.articleCount(matching: .all) == 2)
    #expect(
      ArticleKey(identifier: "7f3c9a1e-guid", title: "T", published: nil, body: ["A"])
        == ArticleKey(identifier: "7f3c9a1e-guid", title: "U", published: nil, body: ["B"]))
  }
}
