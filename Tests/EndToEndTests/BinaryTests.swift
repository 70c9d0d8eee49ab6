import Foundation
import Testing

@Suite struct BinaryTests {
  @Test func versionPrints() throws {
    let binary = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent(".build/debug/byline")
    try #require(FileManager.default.isExecutableFile(atPath: binary.path))
    let process = Process()
    process.executableURL = binary
    process.arguments = ["--version"]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    process.waitUntilExit()
    let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(out.contains("0.1.0"))
  }
}
