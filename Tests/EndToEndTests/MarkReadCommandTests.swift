import Foundation
import Testing

/// `byline mark-read` as a user runs it (issue 18 item 3).
@Suite struct MarkReadCommandTests {
  private static let binary = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent(".build/debug/byline")

  private func run(_ arguments: [String], in folder: URL) throws -> (
    status: Int32, out: String, err: String
  ) {
    let run = try CommandRun(Self.binary, arguments, in: folder)
    return (run.status, run.output, run.errors)
  }

  private func write(_ text: String, to url: URL) throws {
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  @Test func marksBySourceAndDateWithAGrammaticalCountAndRefusesABadDate() throws {
    try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path))
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-mark-read-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let news = root.appendingPathComponent("news")
    try write(
      "May 4, 2021\n\nSummit in Geneva\n\nLeaders met.\n", to: news.appendingPathComponent("a.txt"))
    try write(
      "January 1, 2020\n\nOld news\n\nIt was old.\n", to: news.appendingPathComponent("b.txt"))
    try write(
      "January 2, 2023\n\nNew port\n\nA port opened.\n",
      to: news.appendingPathComponent("sub/c.txt"))
    let library = ["--library", root.appendingPathComponent("lib.sqlite").path]
    let add = try run(["add", "news"] + library, in: root)
    #expect(add.status == 0, "\(add.err)")

    let bad = try run(["mark-read", "--before", "2021-13-01"] + library, in: root)
    #expect(bad.status == 2)
    #expect(bad.err.contains("--before must be a date as YYYY-MM-DD, not '2021-13-01'"))
    #expect(bad.err.contains("Usage:"))
    #expect(bad.out.isEmpty)
    let loose = try run(["mark-read", "--before", "4 May 2021"] + library, in: root)
    #expect(loose.status == 2)

    let bySource = try run(["mark-read", "--source", "news/sub"] + library, in: root)
    #expect(bySource.status == 0, "\(bySource.err)")
    #expect(bySource.out == "marked 1 article read\n")

    let byDate = try run(["mark-read", "--before", "2021-06-01"] + library, in: root)
    #expect(byDate.out == "marked 2 articles read\n")

    let again = try run(["mark-read"] + library, in: root)
    #expect(again.status == 0)
    #expect(again.out == "marked 0 articles read\n")
  }
}
