import Foundation

/// The `byline entities --input jsonl` contract.
///
/// Each input line is a JSON object with a string `text`; each produces one output line
/// `{"text": …, "entities": [{"start": S, "end": E, "type": T, "text": …}]}` where `S` and `E`
/// count Unicode scalars from the start of the text exactly as the input wrote it (a byte order
/// mark included; `E` exclusive) and `T` is one of `PER`, `ORG`, `LOC`, `MISC`, `DATE`, `MONEY`,
/// `PERCENT`. A line that is not such an object, or is longer than the size cap, produces
/// `{"error": "line N: …", "line": N}` instead and an error message; the command then exits with
/// status 1 after the last line. A blank line produces `{"text": "", "entities": []}`, so output
/// line k always answers input line k.
public enum EntityJSONLines {
  /// The result of one input line.
  public struct Outcome: Sendable, Equatable {
    /// The output line (without its newline).
    public var output: String?
    /// The error message for the user, when the line was bad.
    public var error: String?
  }

  /// The longest input line: the file size cap, as for every file Byline reads.
  public static let maxLineBytes = IngestOptions.defaultMaxFileSize

  /// Processes input line number `lineNumber` (counting from 1).
  public static func process(
    line: String, lineNumber: Int, extractor: some EntityExtractor
  ) -> Outcome {
    var line = line
    return line.withUTF8 { process(bytes: $0, lineNumber: lineNumber, extractor: extractor) }
  }

  /// Processes input line number `lineNumber` (counting from 1), given as UTF-8 bytes without
  /// its newline. Only the text is decoded; nothing else of the line is copied.
  public static func process(
    bytes: UnsafeBufferPointer<UInt8>, lineNumber: Int, extractor: some EntityExtractor
  ) -> Outcome {
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
      // Blank lines get an empty answer, so that output line k answers input line k (issue 17).
      return Outcome(output: encode(text: "", entities: []), error: nil)
    }
    switch JSONTextField.text(in: bytes) {
    case .success(let text):
      return Outcome(
        output: encode(text: text, entities: entities(in: text, extractor)), error: nil)
    case .failure(.notJSON): return failure(lineNumber, "not valid JSON")
    case .failure(.notObject): return failure(lineNumber, "expected a JSON object")
    case .failure(.noText): return failure(lineNumber, "expected a string \"text\"")
    }
  }

  /// Texts longer than this many bytes are tagged in pieces of about this size.
  static let pieceBytes = 1 << 20

  /// The entities of `text`. A text over ``pieceBytes`` is tagged a piece at a time, each
  /// piece ending at a newline or after ". " (names do not cross those), so the tagger's memory
  /// follows the piece, not the line (issue 17: one 50 MB line needed 65 bytes per byte).
  /// Document context (a surname linked to the full name met earlier) then spans one piece.
  static func entities(in text: String, _ extractor: some EntityExtractor) -> [EntitySpan] {
    let utf8 = text.utf8
    guard utf8.count > pieceBytes else { return extractor.entities(in: text) }
    var spans: [EntitySpan] = []
    var start = utf8.startIndex
    var scalarOffset = 0
    while start < utf8.endIndex {
      var end = pieceEnd(in: utf8, from: start)
      while end < utf8.endIndex, utf8[end] & 0xC0 == 0x80 { end = utf8.index(before: end) }
      let piece = String(text.unicodeScalars[start..<end])
      for span in extractor.entities(in: piece) {
        var shifted = span
        shifted.range = TextRange(
          start: span.range.start + scalarOffset, end: span.range.end + scalarOffset)
        spans.append(shifted)
      }
      scalarOffset += piece.unicodeScalars.count
      start = end
    }
    return spans
  }

  /// Where the piece starting at `start` ends: after the first newline or ". " at least
  /// ``pieceBytes`` on, or ``pieceBytes`` later still if there is none.
  private static func pieceEnd(in utf8: String.UTF8View, from start: String.Index) -> String.Index {
    guard let least = utf8.index(start, offsetBy: pieceBytes, limitedBy: utf8.endIndex) else {
      return utf8.endIndex
    }
    let most = utf8.index(least, offsetBy: pieceBytes, limitedBy: utf8.endIndex) ?? utf8.endIndex
    var cursor = least
    var previous: UInt8 = 0
    while cursor < most {
      let byte = utf8[cursor]
      cursor = utf8.index(after: cursor)
      if byte == 0x0A || (byte == 0x20 && previous == 0x2E) { return cursor }
      previous = byte
    }
    return most
  }

  /// The answer to a line longer than ``maxLineBytes`` (it is not read).
  public static func tooLong(lineNumber: Int, bytes: Int) -> Outcome {
    failure(
      lineNumber,
      "line is \(ByteCount.text(bytes)), over the \(ByteCount.text(maxLineBytes)) limit")
  }

  /// The output line for `text` and its entities.
  public static func encode(text: String, entities: [EntitySpan]) -> String {
    var out = "{\"text\": " + quoted(text) + ", \"entities\": ["
    var slicer = ForwardScalarSlicer(text)
    for (index, span) in entities.enumerated() {
      if index > 0 { out += ", " }
      out += "{\"start\": \(span.range.start), \"end\": \(span.range.end), "
      out += "\"type\": \"\(span.kind.code)\", \"text\": \(quoted(slicer.text(span.range)))}"
    }
    return out + "]}"
  }

  private static func failure(_ lineNumber: Int, _ reason: String) -> Outcome {
    let message = "line \(lineNumber): \(reason)"
    return Outcome(
      output: "{\"error\": \(quoted(message)), \"line\": \(lineNumber)}", error: message)
  }

  /// `text` as a JSON string literal: every character the terminal-safety table withholds
  /// (``WithheldCharacter``: controls, bidi controls, the byte order mark, line separators) is
  /// escaped, everything else is as is, so the output is safe to show in a terminal.
  public static func quoted(_ text: String) -> String {
    var out = "\""
    out.reserveCapacity(text.utf8.count + 2)
    guard text.utf8.contains(where: { $0 < 0x20 || $0 >= 0x7F || $0 == 0x22 || $0 == 0x5C }) else {
      return out + text + "\""
    }
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where WithheldCharacter.contains(scalar):
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
