import Foundation
import Testing

/// Issue 17's command-line findings, run through the built binary.
@Suite struct HostileCommandTests {
  private static let binary = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent(".build/debug/byline")

  private func run(_ arguments: [String], input: Data = Data()) throws -> (
    status: Int32, out: String, err: String
  ) {
    let process = Process()
    process.executableURL = Self.binary
    process.arguments = arguments
    let stdin = Pipe()
    let out = Pipe()
    let err = Pipe()
    process.standardInput = stdin
    process.standardOutput = out
    process.standardError = err
    try process.run()
    stdin.fileHandleForWriting.write(input)
    try stdin.fileHandleForWriting.close()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (
      process.terminationStatus, String(decoding: outData, as: UTF8.self),
      String(decoding: errData, as: UTF8.self)
    )
  }

  private func scratch() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-hostile-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  /// Issue 17, finding 2: absurd numeric options crashed (SIGILL) or allocated gigabytes.
  @Test func outOfRangeNumericOptionsAreUsageErrors() throws {
    try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path))
    let folder = try scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("a.txt")
    try Data("Title\n\nText.\n".utf8).write(to: file)
    let library = folder.appendingPathComponent("lib.sqlite").path
    for (arguments, message) in [
      (["dump", "--width", "9223372036854775807", file.path], "--width must be between"),
      (["dump", "--width", "1000000000", file.path], "--width must be between"),
      (["dump", "--width", "5", file.path], "--width must be between"),
      (["dump", "--max-file-size", "8796093022208", file.path], "--max-file-size must be"),
      (["search", "--offset", "9223372036854775807", "x", "--library", library], "--offset"),
      (["search", "--limit", "-1", "x", "--library", library], "--limit"),
      (["entity", "--limit", "99999999999", "x", "--library", library], "--limit"),
    ] {
      let result = try run(arguments)
      #expect(result.status == 2, "\(arguments)")
      #expect(result.err.contains(message), "\(arguments): \(result.err)")
    }
    #expect(try run(["dump", "--width", "1000", file.path]).status == 0)
  }

  /// Issue 17, findings 1 and 5: nested escapes no longer crash the dump; an empty or binary
  /// file named next to a good one fails the command with its reason.
  @Test func dumpSurvivesNestedEscapesAndFailsOnNamedSkippedFiles() throws {
    try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path))
    let folder = try scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let nested = folder.appendingPathComponent("nested.txt")
    try Data(("Title\n\n" + String(repeating: "\u{1B}]", count: 60_000) + "\nend\n").utf8)
      .write(to: nested)
    let dumped = try run(["dump", nested.path])
    #expect(dumped.status == 0)
    #expect(dumped.out.hasPrefix("Title\n"))
    let empty = folder.appendingPathComponent("empty.txt")
    try Data().write(to: empty)
    let binary = folder.appendingPathComponent("b.bin")
    try Data([0, 1, 2, 0]).write(to: binary)
    let named = try run(["dump", nested.path, empty.path, binary.path])
    #expect(named.status == 1)
    #expect(named.err.contains("\(empty.path): error: empty file"))
    #expect(named.err.contains("\(binary.path): error: binary file"))
    let folderRun = try run(["dump", folder.path])
    #expect(folderRun.status == 0)
    #expect(folderRun.err.contains("skipped: empty file"))
    let library = folder.appendingPathComponent("lib.sqlite").path
    let added = try run(["add", nested.path, empty.path, "--library", library])
    #expect(added.status == 1)
    #expect(added.err.contains("\(empty.path) was named but not read: skipped: empty file"))
    // Each file is named once per line: no "path: path: …" in what the index reports.
    #expect(added.err.contains("byline: \(empty.path): skipped: empty file\n"))
    #expect(!added.err.contains("\(empty.path): \(empty.path)"))
  }

  /// Issue 17, finding 6: the JSON Lines path escapes bidi controls and the BOM, keeps the
  /// BOM's offset, answers blank lines and caps line size; `--` lets a query start with `-`.
  @Test func jsonLinesAnswersEveryLineSafely() throws {
    try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path))
    let input =
      "{\"text\": \"\u{FEFF}Angela Merkel \u{202E}x\u{2066}y\u{200E}\"}\n\n{\"text\": 1}\n"
    let result = try run(["entities", "--input", "jsonl"], input: Data(input.utf8))
    #expect(result.status == 1)
    let lines = result.out.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 4 && lines[3].isEmpty)
    #expect(
      !result.out.unicodeScalars.contains { [0x202E, 0x2066, 0x200E, 0xFEFF].contains($0.value) })
    #expect(lines[0].contains(#""start": 1, "end": 14, "type": "PER""#))
    #expect(lines[1] == #"{"text": "", "entities": []}"#)
    #expect(lines[2].contains(#""line": 3"#))
    let folder = try scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let library = folder.appendingPathComponent("lib.sqlite").path
    let search = try run(["search", "--library", library, "--", "-5%"])
    #expect(search.status == 0)
    #expect(search.out.contains("for -5%"))
  }
}
