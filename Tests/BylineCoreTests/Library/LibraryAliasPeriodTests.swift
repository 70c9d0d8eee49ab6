import Foundation
import Testing

@testable import BylineCore

/// Surnames decided by period and topic across the library (issue 14), on a generated corpus of
/// dated articles whose mentions are marked `[text|KIND]`.
@Suite struct LibraryAliasPeriodTests {
  /// Reads a file of the corpus: the title, the date (`YYYY-MM-DD`), then one paragraph.
  static func read(_ url: URL) throws -> [Article] {
    let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
      .map(String.init)
    let title = lines.first ?? ""
    let date = lines.count > 1 ? lines[1] : ""
    let paragraph = EntityLinkerTests.paragraph(lines.count > 2 ? lines[2] : "")
    return [
      Article(
        key: ArticleKey(identifier: nil, title: title, published: date, body: [paragraph.text]),
        title: title, source: url.path, published: TestPlainTextReader.isoDay(date),
        paragraphs: [paragraph])
    ]
  }

  static func indexer(_ library: Library) -> Indexer {
    Indexer(library: library, readFile: read, tag: nil, link: { EntityLinker.link(&$0) })
  }

  /// Alan Hart in January articles about Acme, Ruth Hart in June articles about a clinic, both
  /// in September articles about Leeds: four articles each, so over the library "Hart" is
  /// ambiguous. "Dr Hart" in June thanks the clinic; "Ms Hart" in September speaks in Leeds.
  static func writeCorpus(_ scratch: LibraryScratch) throws {
    let files = [
      "alan-1": "2020-01-10\n[Alan Hart|PER] spoke about [Acme|ORG].",
      "alan-2": "2020-01-12\n[Alan Hart|PER] left [Acme|ORG].",
      "alan-3": "2020-01-14\n[Acme|ORG] thanked [Alan Hart|PER].",
      "alan-4": "2020-09-09\n[Alan Hart|PER] visited [Leeds|LOC].",
      "ruth-1": "2020-06-01\n[Ruth Hart|PER] opened the [Riverside Clinic|ORG].",
      "ruth-2": "2020-06-03\n[Ruth Hart|PER] runs the [Riverside Clinic|ORG].",
      "ruth-3": "2020-06-05\nThe [Riverside Clinic|ORG] hired [Ruth Hart|PER].",
      "ruth-4": "2020-09-11\n[Ruth Hart|PER] visited [Leeds|LOC].",
      "hart-june": "2020-06-04\n[Dr Hart|PER] thanked the [Riverside Clinic|ORG] staff.",
      "hart-september": "2020-09-10\n[Ms Hart|PER] spoke in [Leeds|LOC].",
    ]
    for (name, body) in files { try scratch.write(name + ".txt", name + "\n" + body) }
  }

  @Test func surnameAmbiguousOverTheLibraryReachesThePersonOfItsPeriodAndTopic() throws {
    let scratch = try LibraryScratch()
    try Self.writeCorpus(scratch)
    let library = try scratch.openLibrary()
    try Self.indexer(library).run()
    let ruth = try #require(
      try library.entityDetails(id: "name:ruth-hart", mentionLimit: 10, relatedLimit: 0))
    #expect(ruth.mentions.map(\.title).sorted() == ["hart-june"] + (1...4).map { "ruth-\($0)" })
    #expect(ruth.entity.articleCount == 5)
    #expect(ruth.aliasNotes.map(\.text) == ["Hart: also Alan Hart"])
    let alan = try #require(
      try library.entityDetails(id: "name:alan-hart", mentionLimit: 10, relatedLimit: 0))
    #expect(alan.mentions.map(\.title).sorted() == (1...4).map { "alan-\($0)" })
    #expect(try library.articleCount(matching: ArticleFilter(entityID: "name:ruth-hart")) == 5)
    #expect(try library.integrityCheck() == ["ok"])
  }

  @Test func surnameAmbiguousInItsPeriodAndTopicStaysApartAndItsPageSaysSo() throws {
    let scratch = try LibraryScratch()
    try Self.writeCorpus(scratch)
    let library = try scratch.openLibrary()
    try Self.indexer(library).run()
    let hart = try #require(
      try library.entityDetails(id: "name:hart", mentionLimit: 10, relatedLimit: 0))
    #expect(hart.entity.id == "name:hart")
    #expect(hart.mentions.map(\.title).sorted() == ["hart-june", "hart-september"])
    #expect(hart.aliasNotes.map(\.name) == ["Hart"])
    #expect(hart.aliasNotes.first?.others.map(\.name).sorted() == ["Alan Hart", "Ruth Hart"])
    let alan = try library.entityDetails(id: "name:alan-hart", mentionLimit: 10, relatedLimit: 0)
    #expect(alan?.mentions.contains { $0.title == "hart-september" } == false)
  }

  /// Decided again as articles come and go: without the September article every "Hart" goes
  /// to Ruth Hart, so the surname's own ID opens her page; a new Alan Hart article about the
  /// clinic in June makes the June article ambiguous again.
  @Test func periodDecisionsFollowTheLibraryAsItChanges() throws {
    let scratch = try LibraryScratch()
    try Self.writeCorpus(scratch)
    let library = try scratch.openLibrary()
    try Self.indexer(library).run()
    try FileManager.default.removeItem(
      at: scratch.sources.appendingPathComponent("hart-september.txt"))
    try Self.indexer(library).run()
    let viaSurname = try library.entityDetails(id: "name:hart", mentionLimit: 10, relatedLimit: 0)
    #expect(viaSurname?.entity.id == "name:ruth-hart")
    #expect(viaSurname?.entity.articleCount == 5)
    try scratch.write(
      "alan-5.txt", "alan-5\n2020-06-02\n[Alan Hart|PER] toured the [Riverside Clinic|ORG].")
    try Self.indexer(library).run()
    let ruth = try library.entityDetails(id: "name:ruth-hart", mentionLimit: 10, relatedLimit: 0)
    #expect(ruth?.entity.articleCount == 4)
    #expect(ruth?.mentions.contains { $0.title == "hart-june" } == false)
    let hart = try library.entityDetails(id: "name:hart", mentionLimit: 10, relatedLimit: 0)
    #expect(hart?.entity.id == "name:hart")
    #expect(try library.integrityCheck() == ["ok"])
  }
}
