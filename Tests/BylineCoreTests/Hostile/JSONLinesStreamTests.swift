import Foundation
import Testing

@testable import BylineCore

/// Issue 17: `byline entities --input jsonl` streams; its answers are those of each line alone,
/// in input order, whether lines are batched, answered alone or tagged in pieces.
@Suite struct JSONLinesStreamTests {
  /// Marks every "Seoul" as a location.
  private struct SeoulFinder: EntityExtractor {
    func entities(in text: String) -> [EntitySpan] {
      var spans: [EntitySpan] = []
      var offset = 0
      var match = 0
      let word = Array("Seoul".unicodeScalars)
      for scalar in text.unicodeScalars {
        match = scalar == word[match] ? match + 1 : (scalar == word[0] ? 1 : 0)
        offset += 1
        if match == word.count {
          spans.append(
            EntitySpan(range: TextRange(start: offset - 5, end: offset), kind: .location))
          match = 0
        }
      }
      return spans
    }
  }

  private func runStream(_ input: String) throws -> (output: String, errors: [String], good: Bool) {
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-stream-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: file) }
    try Data(input.utf8).write(to: file)
    let handle = try FileHandle(forReadingFrom: file)
    defer { try? handle.close() }
    var output = BufferedOutput()
    var errors: [String] = []
    let good = EntityJSONLines.run(
      input: handle.fileDescriptor, output: &output, extractor: SeoulFinder()
    ) { errors.append($0) }
    return (String(decoding: output.bytes, as: UTF8.self), errors, good)
  }

  @Test func answersEveryLineInOrderAcrossBatchesAndLongLines() throws {
    var lines: [String] = []
    for index in 0..<1_500 {
      switch index % 7 {
      case 0: lines.append("")
      case 3: lines.append("not json \(index)")
      case 5:
        let long = String(repeating: "é Seoul\u{202E} 😀 ", count: 6_000 + index)
        lines.append(#"{"text": "\#(long)"}"#)
      default: lines.append(#"{"id": \#(index), "text": "Seoul \#(index) \u0007 Seoul"}"#)
      }
    }
    let result = try runStream(lines.joined(separator: "\n") + "\r\n")
    var expected = ""
    var expectedErrors: [String] = []
    for (index, line) in lines.enumerated() {
      let outcome = EntityJSONLines.process(
        line: line, lineNumber: index + 1, extractor: SeoulFinder())
      expected += (outcome.output ?? "") + "\n"
      if let error = outcome.error { expectedErrors.append(error) }
    }
    #expect(result.output == expected)
    #expect(result.errors == expectedErrors)
    #expect(result.errors.first?.hasPrefix("line 4: ") == true)
    #expect(!result.good)
  }

  @Test func aTextOverAPieceIsWrittenEntityByEntityAsAWhole() throws {
    let text = String(repeating: "é Seoul. 😀 Seoul and\nmore \u{1b} text. ", count: 60_000)
    #expect(text.utf8.count > 2 * EntityJSONLines.pieceBytes)
    let result = try runStream(#"{"text": "# + EntityJSONLines.quoted(text) + "}")
    let whole = EntityJSONLines.encode(text: text, entities: SeoulFinder().entities(in: text))
    #expect(result.output == whole + "\n")
    #expect(result.good && result.errors.isEmpty)
  }

  @Test func jsonStringsEscapeWhatTheTerminalTableWithholds() {
    let text = "a\"b\\c\n\r\t\u{0}\u{1b}\u{7f}\u{85}é\u{202e}\u{2066}\u{200e}\u{feff}\u{2028}😀中"
    #expect(
      EntityJSONLines.quoted(text)
        == #""a\"b\\c\n\r\t\u0000\u001b\u007f\u0085é\u202e\u2066\u200e\ufeff\u2028😀中""#)
  }

  @Test func decimalsAreWrittenInFull() {
    var output = BufferedOutput()
    for value in [0, 7, -12, 1_234_567_890, Int.max, Int.min] {
      output.append(decimal: value)
      output.append(UInt8(ascii: " "))
    }
    #expect(
      String(decoding: output.bytes, as: UTF8.self)
        == "0 7 -12 1234567890 \(Int.max) \(Int.min) ")
  }
}
