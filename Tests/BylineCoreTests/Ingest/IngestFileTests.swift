import Foundation
import Testing

@testable import BylineCore

/// Reading files and folders: what is skipped, what is reported, and in which order.
@Suite struct IngestFileTests {
  /// A fresh temporary folder, removed when the test ends.
  final class TemporaryFolder {
    let url: URL
    init() throws {
      url = FileManager.default.temporaryDirectory
        .appendingPathComponent("byline-ingest-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
      let file = url.appendingPathComponent(name)
      try FileManager.default.createDirectory(
        at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(bytes).write(to: file)
      return file.path
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
      try write(name, Array(text.utf8))
    }
  }

  @Test func binaryFileIsSkippedWithAReason() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write(
      "image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0])
    let result = ArticleReader.read(paths: [path])
    #expect(result.articles.isEmpty)
    #expect(result.diagnostics.count == 1)
    #expect(result.diagnostics.first?.severity == .skipped)
    #expect(
      result.diagnostics.first?.description == "\(path): skipped: binary file (contains NUL bytes)")
  }

  @Test func mostlyControlBytesCountAsBinary() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("data.bin", [UInt8](repeating: 0x01, count: 100) + Array("ab".utf8))
    #expect(throws: IngestError.binaryFile(path: path, reason: "mostly control bytes")) {
      try ArticleReader.readFile(at: URL(fileURLWithPath: path))
    }
  }

  @Test func oversizeFileIsSkippedWithTheLimit() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("big.txt", String(repeating: "word ", count: 400))
    let result = ArticleReader.read(paths: [path], options: IngestOptions(maxFileSize: 1024))
    #expect(result.articles.isEmpty)
    #expect(
      result.diagnostics.map(\.description) == [
        "\(path): skipped: file is 2.0 KiB, over the 1.0 KiB limit"
      ])
  }

  @Test func emptyFileIsSkipped() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("empty.md", [])
    #expect(throws: IngestError.emptyFile(path: path)) {
      try ArticleReader.readFile(at: URL(fileURLWithPath: path))
    }
  }

  @Test func missingPathIsAnErrorAndTheRestIsRead() throws {
    let folder = try TemporaryFolder()
    let good = try folder.write("good.txt", "Title\n\nBody.\n")
    let missing = folder.url.appendingPathComponent("missing.txt").path
    let result = ArticleReader.read(paths: [missing, good])
    #expect(result.articles.map(\.title) == ["Title"])
    #expect(
      result.diagnostics.map(\.description) == ["\(missing): error: no such file or directory"])
    #expect(result.hasErrors)
  }

  @Test func foldersAreReadRecursivelyInSortedOrderWithoutHiddenFiles() throws {
    let folder = try TemporaryFolder()
    try folder.write("b.txt", "Bravo\n\nText.\n")
    try folder.write("a/z.md", "# Alpha Zulu\n\nText.\n")
    try folder.write("a/c.txt", "Alpha Charlie\n\nText.\n")
    try folder.write(".hidden.txt", "Hidden\n\nText.\n")
    try folder.write(".git/config.txt", "Hidden folder\n\nText.\n")
    let result = ArticleReader.read(paths: [folder.url.path])
    #expect(result.articles.map(\.title) == ["Alpha Charlie", "Alpha Zulu", "Bravo"])
    #expect(result.diagnostics.isEmpty)
  }

  @Test func symlinkLoopIsReportedOnceAndNotFollowed() throws {
    let folder = try TemporaryFolder()
    try folder.write("sub/article.txt", "Only once\n\nText.\n")
    let loop = folder.url.appendingPathComponent("sub/loop")
    try FileManager.default.createSymbolicLink(at: loop, withDestinationURL: folder.url)
    let selfLink = folder.url.appendingPathComponent("self")
    try FileManager.default.createSymbolicLink(
      atPath: selfLink.path, withDestinationPath: selfLink.path)
    let result = ArticleReader.read(paths: [folder.url.path])
    #expect(result.articles.map(\.title) == ["Only once"])
    let messages = result.diagnostics.map(\.description)
    #expect(messages.count == 2)
    #expect(messages.contains { $0.hasPrefix("\(loop.path): skipped: symlink loop") })
    #expect(messages.contains { $0.hasPrefix("\(selfLink.path): skipped: symlink loop") })
  }

  @Test func walkerReportsSizesAndDates() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("x.txt", "12345")
    let walk = ArticleFileWalker.files(under: [folder.url])
    #expect(walk.files.map(\.path) == [path])
    #expect(walk.files.first?.size == 5)
    let age = Date().timeIntervalSince(walk.files.first?.modificationDate ?? .distantPast)
    #expect(age < 600)
  }

  @Test func readingNeverChangesTheFiles() throws {
    let folder = try TemporaryFolder()
    let bytes: [UInt8] = Array("Caf".utf8) + [0xE9] + Array(" title\n\nBody \u{1B}[2J.\n".utf8)
    let path = try folder.write("latin.txt", bytes)
    let before = try FileManager.default.attributesOfItem(atPath: path)
    let ingest = try ArticleReader.readFile(at: URL(fileURLWithPath: path))
    #expect(ingest.articles.first?.title == "Café title")
    #expect(ingest.diagnostics.map(\.severity) == [.warning])
    #expect([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) == bytes)
    let after = try FileManager.default.attributesOfItem(atPath: path)
    #expect(before[.modificationDate] as? Date == after[.modificationDate] as? Date)
  }

  @Test func sampleLibraryLoadsWithoutErrors() {
    let result = SampleLibrary.articles()
    #expect(result.articles.count >= 14)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    let urls = Set(result.articles.compactMap(\.url))
    #expect(urls.count == result.articles.count, "every sample names its own URL")
    let linked = result.articles.flatMap { $0.paragraphs.flatMap(\.links) }.map(\.url)
    #expect(linked.filter(urls.contains).count >= 5, "samples link to each other")
    #expect(result.articles.contains { $0.published == nil })
    #expect(
      result.articles.contains {
        $0.title.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) }
      })
  }
}

extension IngestFileTests {
  @Test func whitespaceOnlyFileCountsAsEmpty() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("blank.txt", " \n\n\t\n")
    let result = ArticleReader.read(paths: [path])
    #expect(result.articles.isEmpty)
    #expect(result.diagnostics.map(\.description) == ["\(path): skipped: empty file"])
  }

  @Test func utf16WithByteOrderMarkIsRead() throws {
    let folder = try TemporaryFolder()
    var bytes: [UInt8] = [0xFF, 0xFE]
    for unit in "서울 title\r\n\r\nBody.\r\n".utf16 {
      bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
    }
    let path = try folder.write("utf16.txt", bytes)
    let ingest = try ArticleReader.readFile(at: URL(fileURLWithPath: path))
    #expect(ingest.articles.first?.title == "서울 title")
    #expect(ingest.articles.first?.paragraphs.map(\.text) == ["Body."])
    #expect(ingest.diagnostics.isEmpty)
  }
}

extension IngestFileTests {
  @Test func readFileRefusesFoldersAndFIFOsWithoutBlocking() throws {
    let folder = try TemporaryFolder()
    #expect(throws: IngestError.unreadable(path: folder.url.path, reason: "it is a folder")) {
      try ArticleReader.readFile(at: folder.url)
    }
    let fifo = folder.url.appendingPathComponent("pipe").path
    #expect(mkfifo(fifo, 0o600) == 0)
    #expect(throws: IngestError.unreadable(path: fifo, reason: "not a regular file")) {
      try ArticleReader.readFile(at: URL(fileURLWithPath: fifo))
    }
    let result = ArticleReader.read(paths: [folder.url.path, fifo])
    #expect(result.articles.isEmpty)
    #expect(result.diagnostics.map(\.description) == ["\(fifo): skipped: not a regular file"])
  }
}
