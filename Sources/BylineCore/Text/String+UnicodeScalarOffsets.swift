import Foundation

extension String {
  /// The text covered by `range`, whose offsets count Unicode scalars; clamped to the string.
  public func unicodeScalarSlice(_ range: TextRange) -> String {
    let scalars = unicodeScalars
    let count = scalars.count
    let start = min(max(0, range.start), count)
    let end = min(max(start, range.end), count)
    let from = scalars.index(scalars.startIndex, offsetBy: start)
    let to = scalars.index(from, offsetBy: end - start)
    return String(scalars[from..<to])
  }

  /// A single-line excerpt of about `width` characters centred on `range` (Unicode scalar
  /// offsets), with an ellipsis where text was cut and newlines turned into spaces.
  public func snippet(around range: TextRange, width: Int) -> String {
    let scalars = Array(unicodeScalars)
    let start = min(max(0, range.start), scalars.count)
    let end = min(max(start, range.end), scalars.count)
    let room = max(0, width - (end - start)) / 2
    var from = max(0, start - room)
    var to = min(scalars.count, end + room)
    // Do not cut words in half where a space is near.
    if from > 0, let space = scalars[from..<start].firstIndex(of: " ") { from = space + 1 }
    if to < scalars.count, let space = scalars[end..<to].lastIndex(of: " ") { to = space }
    var text = String(String.UnicodeScalarView(scalars[from..<to]))
    text = text.replacingOccurrences(of: "\n", with: " ")
    if from > 0 { text = "…" + text }
    if to < scalars.count { text += "…" }
    return text
  }
}
