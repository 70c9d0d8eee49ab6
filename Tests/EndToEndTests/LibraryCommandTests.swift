import Foundation
import Testing

/// `byline add`, `search` and `entity` as a user runs them, output not to a terminal.
@Suite struct LibraryCommandTests {
  private static let binary = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent(".build/debug/byline")

  private func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
    let run = try CommandRun(Self.binary, arguments)
    return (run.status, run.output, run.errors)
  }

  @Test func addSearchAndEntityPrintPlainMarkedText() throws {
    try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path))
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-commands-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let sources = root.appendingPathComponent("news")
    try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
    try Data(
      """
      May 4, 2021

      Summit in Geneva \u{1B}[31mred

      Angela Merkel met Vladimir Putin in Geneva for a summit on Tuesday.

      Merkel said the summit was useful.

      """.utf8
    ).write(to: sources.appendingPathComponent("a.txt"))
    let library = root.appendingPathComponent("lib.sqlite").path
    let missing = root.appendingPathComponent("missing").path

    let add = try run(["add", sources.path, missing, "--library", library])
    #expect(add.status == 1)
    #expect(add.err.contains("\(missing): no such file or folder"))
    #expect(add.err.contains("1 article written"))

    let search = try run(["search", "summit", "--library", library])
    #expect(search.status == 0)
    #expect(search.out.contains("[Summit] in Geneva"))
    #expect(search.out.contains("a [summit] on Tuesday"))
    #expect(search.out.contains("2021-05-04"))
    #expect(!search.out.contains("\u{1B}"))
    #expect(search.out.contains("1 of 1 result"))

    let entity = try run(["entity", "merkel", "--library", library])
    #expect(entity.status == 0)
    #expect(entity.out.hasPrefix("Angela Merkel (person, 1 article)"))
    #expect(entity.out.contains("Summit in Geneva"))

    let unknown = try run(["entity", "Nobody Atall", "--library", library])
    #expect(unknown.status == 1)
  }

  /// Issue 14: `entity --format json` for scripts, a surname-only article on the full name's
  /// page, and no relative date among the related entities.
  @Test func entityAsJSONReachesTheFullNameFromASurname() throws {
    try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path))
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-entity-json-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let sources = root.appendingPathComponent("news")
    try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
    let texts = [
      "a.txt": "Blair in London\n\nTony Blair met Gordon Brown in London on Monday.",
      "b.txt": "Blair stays\n\nMr Blair said on Monday that he would stay in Downing Street.",
    ]
    for (name, text) in texts {
      try Data(text.utf8).write(to: sources.appendingPathComponent(name))
    }
    let library = root.appendingPathComponent("lib.sqlite").path
    #expect(try run(["add", sources.path, "--library", library]).status == 0)

    let result = try run(["entity", "Mr Blair", "--format", "json", "--library", library])
    #expect(result.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
    #expect(object["name"] as? String == "Tony Blair")
    #expect(object["kind"] as? String == "person")
    let counts = try #require(object["counts"] as? [String: Any])
    #expect(counts["articles"] as? Int == 2)
    let articles = try #require(object["articles"] as? [[String: Any]])
    #expect(
      Set(articles.compactMap { $0["title"] as? String }) == ["Blair in London", "Blair stays"])
    let spellings = try #require(object["spellings"] as? [String])
    #expect(spellings.contains("Mr Blair"))
    let related = try #require(object["related"] as? [[String: Any]])
    #expect(!related.contains { ($0["name"] as? String) == "Monday" })
  }
}
