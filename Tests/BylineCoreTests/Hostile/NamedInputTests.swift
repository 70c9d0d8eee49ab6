import Foundation
import Testing

@testable import BylineCore

/// Issue 17: a binary or empty file named on the command line next to good files was skipped
/// with exit status 0. Named inputs that are skipped are errors; inside a folder they stay skips.
@Suite struct NamedInputTests {
  private func scratch() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-named-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data("A title\n\nSome text.\n".utf8).write(to: folder.appendingPathComponent("good.txt"))
    try Data().write(to: folder.appendingPathComponent("empty.txt"))
    try Data([0, 1, 2, 0, 1, 2]).write(to: folder.appendingPathComponent("binary.bin"))
    return folder
  }

  @Test func namedEmptyAndBinaryFilesAreErrors() throws {
    let folder = try scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let paths = ["good.txt", "empty.txt", "binary.bin"].map {
      folder.appendingPathComponent($0).path
    }
    let result = ArticleReader.read(paths: paths).failingNamedSkips(of: paths)
    #expect(result.articles.count == 1)
    #expect(result.hasErrors)
    let errors = result.diagnostics.filter { $0.severity == .error }
    #expect(errors.map(\.message).sorted() == ["binary file (contains NUL bytes)", "empty file"])
  }

  @Test func skipsInsideANamedFolderDoNotFail() throws {
    let folder = try scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = ArticleReader.read(paths: [folder.path]).failingNamedSkips(of: [folder.path])
    #expect(result.articles.count == 1)
    #expect(!result.hasErrors)
    #expect(result.diagnostics.filter { $0.severity == .skipped }.count == 2)
  }
}
