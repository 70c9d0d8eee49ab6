import Foundation
import Testing

@testable import BylineCore

/// One entity per name across the library, its kind decided over all its mentions, surnames
/// and acronyms linked across articles (issue 14), on a generated corpus whose files mark their
/// mentions as `[text|KIND]` (the tagger's output, as ``EntityLinkerTests`` writes it).
@Suite struct LibraryEntityMergeTests {
  /// Reads a file of the generated corpus: the first line is the title, then one paragraph.
  static func read(_ url: URL) throws -> [Article] {
    let text = try String(contentsOf: url, encoding: .utf8)
    let lines = text.split(separator: "\n", maxSplits: 1).map(String.init)
    let paragraph = EntityLinkerTests.paragraph(lines.count > 1 ? lines[1] : "")
    let title = lines.first ?? ""
    return [
      Article(
        key: ArticleKey(identifier: nil, title: title, published: nil, body: [paragraph.text]),
        title: title, source: url.path, paragraphs: [paragraph])
    ]
  }

  static func indexer(_ library: Library) -> Indexer {
    Indexer(library: library, readFile: read, tag: nil, link: { EntityLinker.link(&$0) })
  }

  /// The corpus: "Arsenal" tagged as an organisation twice and as a person once; Tony Blair in
  /// four articles and Cherie Blair in one, and an article saying only "Mr Blair"; John and
  /// Robert Kennedy and an article saying only "Senator Kennedy"; an acronym shown with its
  /// expansion in one article and alone in another.
  static func writeCorpus(_ scratch: LibraryScratch) throws {
    let files = [
      "arsenal-1": "[Arsenal|ORG] beat [Leeds|ORG] at home.",
      "arsenal-2": "Fans cheered as [Arsenal|PER] won again.",
      "arsenal-3": "[Arsenal|ORG] signed a striker.",
      "blair-1": "[Tony Blair|PER] spoke in [London|LOC].",
      "blair-2": "[Tony Blair|PER] met [Gordon Brown|PER].",
      "blair-3": "[Tony Blair|PER] flew to [Washington|LOC].",
      "blair-4": "[Tony Blair|PER] and [Cherie Blair|PER] voted.",
      "blair-5": "[Mr Blair|PER] said he would stay on.",
      "kennedy-1": "[John Kennedy|PER] spoke.",
      "kennedy-2": "[Robert Kennedy|PER] spoke.",
      "kennedy-3": "[Senator Kennedy|PER] spoke.",
      "iaea-1": "The [International Atomic Energy Agency|ORG] ([IAEA|ORG]) met in [Vienna|LOC].",
      "iaea-2": "[IAEA|ORG] inspectors left [Iran|LOC] on [Monday|DATE].",
    ]
    for (name, body) in files { try scratch.write(name + ".txt", name + "\n" + body) }
  }

  @Test func nameTaggedWithTwoKindsIsOneEntityOfTheMostCommonKind() throws {
    let scratch = try LibraryScratch()
    try Self.writeCorpus(scratch)
    let library = try scratch.openLibrary()
    try Self.indexer(library).run()
    let page = try #require(
      try library.entityDetails(id: "name:arsenal", mentionLimit: 10, relatedLimit: 10))
    #expect(page.entity.kind == .organization)
    #expect(page.entity.articleCount == 3)
    #expect(page.mentions.count == 3)
    #expect(try library.entities(named: "Arsenal", limit: 5).map(\.id) == ["name:arsenal"])
    #expect(try library.articleCount(matching: ArticleFilter(entityID: "name:arsenal")) == 3)
    // Recomputed as articles go: without the two articles calling it an organisation, the
    // person wins.
    try FileManager.default.removeItem(at: scratch.sources.appendingPathComponent("arsenal-1.txt"))
    try FileManager.default.removeItem(at: scratch.sources.appendingPathComponent("arsenal-3.txt"))
    try Self.indexer(library).run()
    let after = try #require(
      try library.entityDetails(id: "name:arsenal", mentionLimit: 10, relatedLimit: 10))
    #expect(after.entity.kind == .person && after.entity.articleCount == 1)
  }

  @Test func surnameOnlyArticleReachesTheFullNamesPage() throws {
    let scratch = try LibraryScratch()
    try Self.writeCorpus(scratch)
    let library = try scratch.openLibrary()
    try Self.indexer(library).run()
    let page = try #require(
      try library.entityDetails(id: "name:tony-blair", mentionLimit: 10, relatedLimit: 10))
    #expect(page.entity.articleCount == 5)
    #expect(page.mentions.map(\.title).sorted() == (1...5).map { "blair-\($0)" })
    #expect(page.variants.contains("Mr Blair"))
    #expect(page.aliasNotes.map(\.text) == ["Blair: also Cherie Blair"])
    // The short name's own ID, the command line's name and the article list reach it too.
    let viaAlias = try library.entityDetails(id: "name:blair", mentionLimit: 10, relatedLimit: 0)
    #expect(viaAlias?.entity.id == "name:tony-blair")
    #expect(try library.entities(named: "Mr Blair", limit: 5).map(\.id) == ["name:tony-blair"])
    #expect(try library.articleCount(matching: ArticleFilter(entityID: "name:tony-blair")) == 5)
    #expect(try library.articleCount(matching: ArticleFilter(entityID: "name:blair")) == 5)
    #expect(try !library.topEntities(limit: 50).map(\.id).contains("name:blair"))
    // Removing the article takes it off the page.
    try FileManager.default.removeItem(at: scratch.sources.appendingPathComponent("blair-5.txt"))
    try Self.indexer(library).run()
    let after = try library.entityDetails(
      id: "name:tony-blair", mentionLimit: 10, relatedLimit: 0)
    #expect(after?.entity.articleCount == 4 && after?.aliasNotes == [])
    #expect(try library.integrityCheck() == ["ok"])
  }

  @Test func ambiguousSurnameStaysApartAndItsPageSaysSo() throws {
    let scratch = try LibraryScratch()
    try Self.writeCorpus(scratch)
    let library = try scratch.openLibrary()
    try Self.indexer(library).run()
    let page = try #require(
      try library.entityDetails(id: "name:kennedy", mentionLimit: 10, relatedLimit: 0))
    #expect(page.entity.id == "name:kennedy" && page.entity.articleCount == 1)
    #expect(page.aliasNotes.map(\.name) == ["Kennedy"])
    #expect(
      page.aliasNotes.first?.others.map(\.name).sorted() == ["John Kennedy", "Robert Kennedy"])
    let john = try library.entityDetails(
      id: "name:john-kennedy", mentionLimit: 10, relatedLimit: 0)
    #expect(john?.entity.articleCount == 1)
  }

  @Test func acronymArticlesReachTheExpansionShownWithIt() throws {
    let scratch = try LibraryScratch()
    try Self.writeCorpus(scratch)
    let library = try scratch.openLibrary()
    try Self.indexer(library).run()
    let page = try #require(
      try library.entityDetails(
        id: "name:international-atomic-energy-agency", mentionLimit: 10, relatedLimit: 10))
    #expect(page.title == "International Atomic Energy Agency (IAEA)")
    #expect(page.entity.articleCount == 2)
    // "Monday" is a relative date: no entity, so not related.
    #expect(Set(page.related.map(\.entity.name)) == ["Vienna", "Iran"])
  }
}
