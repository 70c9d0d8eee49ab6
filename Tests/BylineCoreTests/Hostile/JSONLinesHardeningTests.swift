import Foundation
import Testing

@testable import BylineCore

/// Issue 17's findings on `byline entities --input jsonl`.
@Suite struct JSONLinesHardeningTests {
  private func text(_ line: String) -> Result<String, JSONTextField.Failure> {
    var line = line
    return line.withUTF8 { JSONTextField.text(in: $0) }
  }

  /// A stand-in extractor: every "Seoul" is a location.
  private struct SeoulFinder: EntityExtractor {
    func entities(in text: String) -> [EntitySpan] {
      var spans: [EntitySpan] = []
      let scalars = Array(text.unicodeScalars)
      let word = Array("Seoul".unicodeScalars)
      var index = 0
      while index + word.count <= scalars.count {
        if Array(scalars[index..<(index + word.count)]) == word {
          spans.append(
            EntitySpan(range: TextRange(start: index, end: index + word.count), kind: .location))
        }
        index += 1
      }
      return spans
    }
  }

  /// A byte order mark at the start of the string was dropped, shifting every offset.
  @Test func aByteOrderMarkAtTheStartOfTheTextIsKeptAndCounted() throws {
    #expect(try text("{\"text\": \"\u{FEFF}Seoul\"}").get() == "\u{FEFF}Seoul")
    #expect(try text(#"{"text": "\ufeffSeoul"}"#).get() == "\u{FEFF}Seoul")
    let outcome = EntityJSONLines.process(
      line: "{\"text\": \"\u{FEFF}Seoul\"}", lineNumber: 1, extractor: SeoulFinder())
    let output = try #require(outcome.output)
    #expect(output.contains(#""start": 1, "end": 6"#))
    #expect(output.hasPrefix(#"{"text": "\ufeffSeoul""#))
  }

  /// Bidi controls and the BOM were echoed raw, where C0 and C1 were escaped.
  @Test func everyWithheldCharacterIsEscapedInOutput() throws {
    let hostile = "\u{202E}a\u{2066}b\u{2067}c\u{2068}d\u{2069}e\u{200E}f\u{FEFF}g\u{1B}h\u{85}"
    let quoted = EntityJSONLines.quoted(hostile)
    #expect(!quoted.unicodeScalars.contains(where: WithheldCharacter.contains))
    let decoded =
      try JSONSerialization.jsonObject(
        with: Data(("[" + quoted + "]").utf8)) as? [String]
    #expect(decoded?.first?.unicodeScalars.elementsEqual(hostile.unicodeScalars) == true)
  }

  /// Blank input lines were skipped, so output line k no longer answered input line k.
  @Test func blankLinesAnswerWithAnEmptyResult() {
    for blank in ["", "  ", "\t\r"] {
      let outcome = EntityJSONLines.process(line: blank, lineNumber: 3, extractor: SeoulFinder())
      #expect(outcome == .init(output: #"{"text": "", "entities": []}"#, error: nil))
    }
  }

  @Test func theParserAcceptsJSONAndRejectsTheRest() throws {
    #expect(
      try text(
        #"{"a": [1, -2.5e3, true, false, null, {"b": "c"}], "text": "x\n\"y\" \u00e9\ud83d\ude00"}"#
      ).get() == "x\n\"y\" é😀")
    #expect(try text(#" {"text": "a", "text": "b"} "#).get() == "b")
    #expect(text("[1]") == .failure(.notObject))
    #expect(text("\"text\"") == .failure(.notObject))
    #expect(text(#"{"text": 5}"#) == .failure(.noText))
    #expect(text("{}") == .failure(.noText))
    for bad in [
      "not json", "{", #"{"text": "a",}"#, #"{"text": "a"} x"#, "[01]", "{\"text\": \"\u{1}\"}",
      #"{"text": "\x"}"#, "[1,]",
    ] {
      #expect(text(bad) == .failure(.notJSON), "\(bad)")
    }
  }

  /// No recursion on input-controlled depth: 200,000 nested arrays are checked in a loop.
  @Test func deepNestingIsCheckedWithoutRecursion() throws {
    let depth = 200_000
    let nested = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    #expect(try text(#"{"deep": "# + nested + #", "text": "ok"}"#).get() == "ok")
    #expect(text(#"{"deep": "# + String(repeating: "[", count: depth) + "}") == .failure(.notJSON))
  }

  /// Lines over the cap are answered with an error of their own, and memory stays one line.
  @Test func theLineReaderCapsLinesAndKeepsNumbering() throws {
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-lines-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: file) }
    let long = String(repeating: "x", count: 5000)
    try Data("one\r\n\n\(long)\nfour\nlast".utf8).write(to: file)
    let handle = try FileHandle(forReadingFrom: file)
    defer { try? handle.close() }
    var reader = CappedLineReader(
      fileDescriptor: handle.fileDescriptor, maxLineBytes: 4096, chunkSize: 7)
    var lines: [String] = []
    while let line = reader.next({ line -> String in
      switch line {
      case .bytes(let bytes): String(decoding: bytes, as: UTF8.self)
      case .tooLong(let count): "too long: \(count)"
      }
    }) {
      lines.append(line)
    }
    #expect(lines == ["one", "", "too long: 5000", "four", "last"])
  }
}
