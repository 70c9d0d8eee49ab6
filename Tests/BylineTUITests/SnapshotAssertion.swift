import Foundation
import Testing

/// Compares `text` with `__Snapshots__/<name>.txt` next to the calling test file. With
/// `RECORD_SNAPSHOTS=1` the file is (re)written and the test fails, so a recording run is
/// never mistaken for a passing one.
func assertSnapshot(
  _ text: String, named name: String, filePath: String = #filePath,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    .appendingPathComponent("__Snapshots__")
  let file = directory.appendingPathComponent(name + ".txt")
  if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    do {
      try text.write(to: file, atomically: true, encoding: .utf8)
      Issue.record(
        "Recorded snapshot \(name); run again without RECORD_SNAPSHOTS",
        sourceLocation: sourceLocation)
    } catch {
      Issue.record("Cannot write snapshot \(file.path): \(error)", sourceLocation: sourceLocation)
    }
    return
  }
  guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
    Issue.record(
      "No snapshot \(name) at \(file.path); record it with RECORD_SNAPSHOTS=1",
      sourceLocation: sourceLocation)
    return
  }
  if expected != text {
    Issue.record(
      "Snapshot \(name) differs.\nExpected:\n\(expected)\nActual:\n\(text)",
      sourceLocation: sourceLocation)
  }
}
