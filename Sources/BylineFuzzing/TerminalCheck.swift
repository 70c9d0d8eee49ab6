import BylineCore

/// The terminal-safety invariants every piece of text a target produces must keep.
///
/// A character is withheld when it is in BylineCore's one table of characters that never reach
/// the terminal (``WithheldCharacter``: C0 and C1 controls, DEL, bidi controls, the byte order
/// mark, line and paragraph separators); tab and newline are allowed where a field may hold
/// them.
enum TerminalCheck {
  /// Whether `scalar` may never appear in sanitised text (tab and newline excepted).
  static func isWithheld(_ scalar: Unicode.Scalar) -> Bool {
    scalar != "\t" && scalar != "\n" && WithheldCharacter.contains(scalar)
  }

  /// The first withheld scalar in `text` and its offset, if any. With `singleLine`, tab and
  /// newline count as withheld too.
  static func firstWithheld(
    in text: some StringProtocol, singleLine: Bool = false
  ) -> (offset: Int, scalar: Unicode.Scalar)? {
    for (offset, scalar) in text.unicodeScalars.enumerated()
    where isWithheld(scalar) || (singleLine && (scalar == "\t" || scalar == "\n")) {
      return (offset, scalar)
    }
    return nil
  }

  /// Throws unless `text` (named `field` in the message) holds no withheld character.
  static func requireSafe(
    _ text: some StringProtocol, _ field: String, singleLine: Bool = false, in target: FuzzTarget
  ) throws(InvariantViolation) {
    if let found = firstWithheld(in: text, singleLine: singleLine) {
      let code = String(found.scalar.value, radix: 16, uppercase: true)
      throw InvariantViolation(
        target,
        "\(field) holds U+\(code) at scalar \(found.offset), which must never reach "
          + "the terminal")
    }
  }

  /// Throws unless `ranges` (in Unicode scalars) lie inside a text of `length` scalars, are not
  /// empty, and are sorted and non-overlapping.
  static func requireSpans(
    _ ranges: [(start: Int, end: Int)], length: Int, _ field: String, in target: FuzzTarget
  ) throws(InvariantViolation) {
    var previousEnd = 0
    for (index, range) in ranges.enumerated() {
      guard range.start >= 0, range.end <= length, range.start < range.end else {
        throw InvariantViolation(
          target,
          "\(field) span \(index) \(range.start)..<\(range.end) is empty or outside "
            + "the text of \(length) scalars")
      }
      guard range.start >= previousEnd else {
        throw InvariantViolation(
          target,
          "\(field) span \(index) \(range.start)..<\(range.end) overlaps or precedes "
            + "the span before it (which ends at \(previousEnd))")
      }
      previousEnd = range.end
    }
  }
}
