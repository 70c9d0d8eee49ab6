import Foundation

/// The `byline entities --input jsonl` contract.
///
/// Each input line is a JSON object with a string `text`; each produces one output line
/// `{"text": …, "entities": [{"start": S, "end": E, "type": T, "text": …}]}` where `S` and `E`
/// count Unicode scalars from the start of the text (`E` exclusive) and `T` is one of `PER`,
/// `ORG`, `LOC`, `MISC`, `DATE`, `MONEY`, `PERCENT`. A line that is not such an object produces
/// `{"error": "line N: …", "line": N}` instead (so output lines stay aligned with input lines)
/// and an error message; the command then exits with status 1 after the last line. Blank input
/// lines are skipped and produce nothing.
public enum EntityJSONLines {
  /// The result of one input line.
  public struct Outcome: Sendable, Equatable {
    /// The output line (without its newline), or `nil` for a blank input line.
    public var output: String?
    /// The error message for the user, when the line was bad.
    public var error: String?
  }

  /// Processes input line number `lineNumber` (counting from 1).
  public static func process(
    line: String, lineNumber: Int, extractor: some EntityExtractor
  ) -> Outcome {
    if line.allSatisfy(\.isWhitespace) { return Outcome(output: nil, error: nil) }
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed])
    } catch {
      return failure(lineNumber, "not valid JSON")
    }
    guard let dictionary = object as? [String: Any] else {
      return failure(lineNumber, "expected a JSON object")
    }
    guard let text = dictionary["text"] as? String else {
      return failure(lineNumber, "expected a string \"text\"")
    }
    return Outcome(output: encode(text: text, entities: extractor.entities(in: text)), error: nil)
  }

  /// The output line for `text` and its entities.
  public static func encode(text: String, entities: [EntitySpan]) -> String {
    var out = "{\"text\": " + quoted(text) + ", \"entities\": ["
    out += entities.map { span in
      "{\"start\": \(span.range.start), \"end\": \(span.range.end), \"type\": \"\(span.kind.code)\", "
        + "\"text\": \(quoted(text.unicodeScalarSlice(span.range)))}"
    }.joined(separator: ", ")
    return out + "]}"
  }

  private static func failure(_ lineNumber: Int, _ reason: String) -> Outcome {
    let message = "line \(lineNumber): \(reason)"
    return Outcome(
      output: "{\"error\": \(quoted(message)), \"line\": \(lineNumber)}", error: message)
  }

  /// `text` as a JSON string literal (control characters escaped, everything else as is).
  public static func quoted(_ text: String) -> String {
    var out = "\""
    out.reserveCapacity(text.utf8.count + 2)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _
      where scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value)
        || scalar.value == 0x2028 || scalar.value == 0x2029:
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
