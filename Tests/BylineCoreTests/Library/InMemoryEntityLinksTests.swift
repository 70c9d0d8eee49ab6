import Foundation
import Testing

@testable import BylineCore

/// The in-memory store (flow tests, the reference store) links names across articles by the
/// library's rules (issue 14): on the same generated corpora, its entity pages match the SQLite
/// library's.
@Suite struct InMemoryEntityLinksTests {
  /// The corpus's articles read and linked as the library's indexer does, and the library
  /// indexed from the same files.
  private static func both(
    write: (LibraryScratch) throws -> Void, read: @escaping Indexer.ReadFile
  ) throws -> (InMemoryArticleStore, Library) {
    let scratch = try LibraryScratch()
    try write(scratch)
    let library = try scratch.openLibrary()
    try Indexer(library: library, readFile: read, tag: nil, link: { EntityLinker.link(&$0) }).run()
    let files = try FileManager.default.contentsOfDirectory(
      at: scratch.sources, includingPropertiesForKeys: nil)
    let articles = try files.flatMap(read).map(EntityLinker.linked)
    return (InMemoryArticleStore(articles: articles), library)
  }

  /// What a page shows that the linking decides.
  private struct Page: Equatable {
    var id: String
    var kind: EntityKind
    var titles: [String]
    var notes: [String]

    init?(_ details: EntityDetails?) {
      guard let details else { return nil }
      id = details.entity.id
      kind = details.entity.kind
      titles = details.mentions.map(\.title).sorted()
      notes = details.aliasNotes.map { note in
        note.name + ": " + note.others.map(\.name).sorted().joined(separator: ", ")
      }
    }
  }

  private static func expectSamePages(
    _ ids: [String], _ store: InMemoryArticleStore, _ library: Library
  ) throws {
    for id in ids {
      let memory = Page(try store.entityDetails(id: id, mentionLimit: 20, relatedLimit: 0))
      let stored = Page(try library.entityDetails(id: id, mentionLimit: 20, relatedLimit: 0))
      #expect(memory != nil, "\(id)")
      #expect(memory == stored, "\(id)")
    }
  }

  @Test func surnamesAcronymsAndKindsAsTheLibraryDecidesThem() throws {
    let (store, library) = try Self.both(
      write: LibraryEntityMergeTests.writeCorpus, read: LibraryEntityMergeTests.read)
    try Self.expectSamePages(
      [
        "name:arsenal", "name:tony-blair", "name:blair", "name:kennedy", "name:john-kennedy",
        "name:international-atomic-energy-agency", "name:iaea",
      ], store, library)
    let blair = try store.entityDetails(id: "name:blair", mentionLimit: 10, relatedLimit: 0)
    #expect(blair?.entity.id == "name:tony-blair")
    #expect(blair?.aliasNotes.map(\.text) == ["Blair: also Cherie Blair"])
    #expect(try store.entities(named: "Mr Blair", limit: 5).map(\.id) == ["name:tony-blair"])
    #expect(try store.articleCount(matching: ArticleFilter(entityID: "name:tony-blair")) == 5)
    #expect(
      try store.entityDetails(id: "name:arsenal", mentionLimit: 0, relatedLimit: 0)?
        .entity.kind == .organization)
  }

  @Test func surnamesDecidedByPeriodAndTopicAsTheLibraryDecidesThem() throws {
    let (store, library) = try Self.both(
      write: LibraryAliasPeriodTests.writeCorpus, read: LibraryAliasPeriodTests.read)
    try Self.expectSamePages(["name:ruth-hart", "name:alan-hart", "name:hart"], store, library)
    let ruth = try store.entityDetails(id: "name:ruth-hart", mentionLimit: 10, relatedLimit: 0)
    #expect(ruth?.mentions.map(\.title).sorted() == ["hart-june"] + (1...4).map { "ruth-\($0)" })
    let hart = try store.entityDetails(id: "name:hart", mentionLimit: 10, relatedLimit: 0)
    #expect(hart?.entity.id == "name:hart" && hart?.mentions.count == 2)
  }
}
