import BylineCore
import Foundation

/// Makes text from the library safe to print: control characters, escape sequences and bidi
/// overrides become spaces or disappear, so content can never drive the terminal.
enum TerminalText {
  /// `text` with every C0/C1 control (tab and newline included) and line separator turned into
  /// a space, and bidi controls and the byte order mark removed: BylineCore's one table of
  /// characters that never reach the terminal (``WithheldCharacter``).
  static func safe(_ text: String) -> String {
    WithheldCharacter.printableLine(text)
  }

  /// The date as `YYYY-MM-DD` (UTC), or `undated`.
  static func day(_ date: Date?) -> String {
    guard let date else { return "undated" }
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd"
    return formatter.string(from: date)
  }

  /// `text` with the `ranges` (Unicode scalar offsets) wrapped in `open` and `close`.
  static func marked(_ text: String, _ ranges: [TextRange], open: String, close: String)
    -> String
  {
    let scalars = Array(text.unicodeScalars)
    var result = ""
    var position = 0
    for range in ranges.sorted(by: { $0.start < $1.start }) {
      let start = min(max(position, range.start), scalars.count)
      let end = min(max(start, range.end), scalars.count)
      result += String(String.UnicodeScalarView(scalars[position..<start]))
      result += open + String(String.UnicodeScalarView(scalars[start..<end])) + close
      position = end
    }
    result += String(String.UnicodeScalarView(scalars[position...]))
    return result
  }
}
