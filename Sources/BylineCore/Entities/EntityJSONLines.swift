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
    var output = BufferedOutput()
    let error = write(bytes: bytes, lineNumber: lineNumber, extractor: extractor, to: &output)
    return Outcome(output: line(output), error: error)
  }

  /// Writes the answer to input line number `lineNumber` (counting from 1), given as UTF-8 bytes
  /// without its newline, into `output`, newline included; returns the error message when the
  /// line was bad. The answer is written as it is made, an entity at a time, so memory follows
  /// the line and a piece of its text, not the answer (issue 17).
  public static func write(
    bytes: UnsafeBufferPointer<UInt8>, lineNumber: Int, extractor: some EntityExtractor,
    to output: inout BufferedOutput
  ) -> String? {
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
      // Blank lines get an empty answer, so that output line k answers input line k (issue 17).
      output.append("{\"text\": \"\", \"entities\": []}\n")
      return nil
    }
    let reason: String
    switch JSONTextField.text(in: bytes) {
    case .success(let text):
      write(text: text, extractor: extractor, to: &output)
      return nil
    case .failure(.notJSON): reason = "not valid JSON"
    case .failure(.notObject): reason = "expected a JSON object"
    case .failure(.noText): reason = "expected a string \"text\""
    }
    return writeFailure(lineNumber, reason, to: &output)
  }

  /// Writes the answer for `text` (a good line) and its newline.
  static func write(text: String, extractor: some EntityExtractor, to output: inout BufferedOutput)
  {
    output.append("{\"text\": ")
    output.append(jsonString: text)
    output.append(", \"entities\": [")
    var first = true
    forEachPiece(of: text, extractor) { piece, scalarOffset, spans in
      var slicer = ForwardScalarSlicer(piece)
      for span in spans {
        if !first { output.append(", ") }
        first = false
        output.append(entity: span, text: slicer.text(span.range), shift: scalarOffset)
      }
    }
    output.append("]}\n")
  }

  /// Texts longer than this many bytes are tagged in pieces of about this size (the tagger needs
  /// about 65 bytes per byte of a piece, and as many pieces as cores are tagged at once).
  static let pieceBytes = 1 << 18

  /// The entities of `text`, tagged in pieces as ``forEachPiece(of:_:_:)`` does.
  static func entities(in text: String, _ extractor: some EntityExtractor) -> [EntitySpan] {
    var spans: [EntitySpan] = []
    forEachPiece(of: text, extractor) { _, scalarOffset, pieceSpans in
      for span in pieceSpans {
        var shifted = span
        shifted.range = TextRange(
          start: span.range.start + scalarOffset, end: span.range.end + scalarOffset)
        spans.append(shifted)
      }
    }
    return spans
  }

  /// Tags `text` and passes each piece, the scalar offset of its start in `text` and its spans
  /// (counted from the piece's start) to `body`, in order. A text over ``pieceBytes`` is tagged a
  /// piece at a time, each piece ending at a newline or after ". " (names do not cross those),
  /// so the tagger's memory follows the piece, not the line (issue 17: one 50 MB line needed 65
  /// bytes per byte); as many pieces as there are cores are tagged at once. Document context (a
  /// surname linked to the full name met earlier) then spans one piece.
  static func forEachPiece(
    of text: String, _ extractor: some EntityExtractor,
    _ body: (_ piece: String, _ scalarOffset: Int, _ spans: [EntitySpan]) -> Void
  ) {
    let utf8 = text.utf8
    guard utf8.count > pieceBytes else {
      body(text, 0, extractor.entities(in: text))
      return
    }
    var ranges: [Range<String.Index>] = []
    var start = utf8.startIndex
    while start < utf8.endIndex {
      var end = pieceEnd(in: utf8, from: start)
      while end < utf8.endIndex, utf8[end] & 0xC0 == 0x80 { end = utf8.index(before: end) }
      ranges.append(start..<end)
      start = end
    }
    let group = max(1, ProcessInfo.processInfo.activeProcessorCount)
    var scalarOffset = 0
    for groupStart in stride(from: 0, to: ranges.count, by: group) {
      let groupRanges = Array(ranges[groupStart..<min(ranges.count, groupStart + group)])
      let results = Locked([(String, [EntitySpan])?](repeating: nil, count: groupRanges.count))
      DispatchQueue.concurrentPerform(iterations: groupRanges.count) { index in
        let piece = String(text.unicodeScalars[groupRanges[index]])
        let spans = extractor.entities(in: piece)
        results.withLock { $0[index] = (piece, spans) }
      }
      for case let (piece, spans)? in results.withLock({ $0 }) {
        body(piece, scalarOffset, spans)
        scalarOffset += piece.unicodeScalars.count
      }
    }
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
    var output = BufferedOutput()
    let error = writeTooLong(lineNumber: lineNumber, bytes: bytes, to: &output)
    return Outcome(output: line(output), error: error)
  }

  /// Writes the answer to a line longer than ``maxLineBytes`` (it is not read) into `output`,
  /// newline included; returns the error message.
  public static func writeTooLong(
    lineNumber: Int, bytes: Int, to output: inout BufferedOutput
  ) -> String {
    writeFailure(
      lineNumber,
      "line is \(ByteCount.text(bytes)), over the \(ByteCount.text(maxLineBytes)) limit",
      to: &output)
  }

  /// The output line for `text` and its entities (without its newline).
  public static func encode(text: String, entities: [EntitySpan]) -> String {
    var output = BufferedOutput()
    output.append("{\"text\": ")
    output.append(jsonString: text)
    output.append(", \"entities\": [")
    var slicer = ForwardScalarSlicer(text)
    for (index, span) in entities.enumerated() {
      if index > 0 { output.append(", ") }
      output.append(entity: span, text: slicer.text(span.range), shift: 0)
    }
    output.append("]}")
    return String(decoding: output.bytes, as: UTF8.self)
  }

  private static func writeFailure(
    _ lineNumber: Int, _ reason: String, to output: inout BufferedOutput
  ) -> String {
    let message = "line \(lineNumber): \(reason)"
    output.append("{\"error\": ")
    output.append(jsonString: message)
    output.append(", \"line\": ")
    output.append(decimal: lineNumber)
    output.append("}\n")
    return message
  }

  /// The output line in `output`, without its newline.
  private static func line(_ output: BufferedOutput) -> String {
    let bytes = output.bytes
    return String(decoding: bytes.last == 0x0A ? bytes.dropLast() : bytes[...], as: UTF8.self)
  }

  /// `text` as a JSON string literal: every character the terminal-safety table withholds
  /// (``WithheldCharacter``: controls, bidi controls, the byte order mark, line separators) is
  /// escaped, everything else is as is, so the output is safe to show in a terminal.
  public static func quoted(_ text: String) -> String {
    var output = BufferedOutput()
    output.append(jsonString: text)
    return String(decoding: output.bytes, as: UTF8.self)
  }
}

extension BufferedOutput {
  /// Appends `{"start": S, "end": E, "type": T, "text": …}` for `span` moved on by `shift`
  /// scalars, `text` being its text.
  fileprivate mutating func append(entity span: EntitySpan, text: String, shift: Int) {
    append("{\"start\": ")
    append(decimal: span.range.start + shift)
    append(", \"end\": ")
    append(decimal: span.range.end + shift)
    append(", \"type\": \"")
    append(span.kind.code)
    append("\", \"text\": ")
    append(jsonString: text)
    append(UInt8(ascii: "}"))
  }
}
