import Foundation
import Testing

@testable import BylineTUI

@Suite struct ReaderDocTests {
  /// docs/reader.md's key table must list every action of the action table with its keys.
  @Test func readerDocListsEveryActionWithItsDefaultKeys() throws {
    let doc = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("docs/reader.md")
    let text = try String(contentsOf: doc, encoding: .utf8)
    let rows = text.split(separator: "\n").filter { $0.hasPrefix("| `") }
    for descriptor in ActionDescriptor.all {
      let row = rows.first { $0.contains("| `\(descriptor.action.rawValue)` |") }
      #expect(row != nil, "no row for \(descriptor.action.rawValue)")
      let keys = descriptor.keys.map { "`\($0.name)`" }.joined(separator: " ")
      #expect(row?.hasPrefix("| \(keys) |") == true, "keys of \(descriptor.action.rawValue)")
    }
  }
}
