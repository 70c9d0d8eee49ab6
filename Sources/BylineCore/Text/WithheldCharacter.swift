/// The one table of characters that never reach the terminal as they are (issue 11, part 5).
///
/// Every place that puts text in front of a terminal asks this table, so they cannot disagree:
/// ``TextSanitizer`` drops these characters from content (keeping tab and newline as the text's
/// own structure, and turning the line separators into newlines), the screen shows them as a
/// visible stand-in, ``DisplayWidth`` never writes them into a cell, and the command line prints
/// them as spaces or leaves them out.
///
/// - C0 controls (U+0000–U+001F), DEL and C1 controls (U+0080–U+009F) could drive the terminal
///   (escape sequences, cursor moves, bells).
/// - The bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the
///   invisible direction marks (U+200E, U+200F, U+061C) could reorder what is shown around them
///   (the "Trojan Source" trick); terminals do not run the bidi algorithm, so they carry nothing
///   else.
/// - The byte order mark U+FEFF is invisible and takes a column in some terminals.
/// - The line and paragraph separators U+2028 and U+2029 break lines in some terminals and not in
///   others.
public enum WithheldCharacter: Sendable, Hashable, CaseIterable {
  /// A C0 control, DEL or a C1 control.
  case control
  /// A bidi embedding, override, isolate or direction mark.
  case bidiControl
  /// The byte order mark (zero width no-break space) U+FEFF.
  case byteOrderMark
  /// The line separator U+2028 or the paragraph separator U+2029.
  case lineSeparator

  /// The kind of withheld character `scalar` is, or `nil` when it may be written as it is.
  @inline(__always)
  public init?(_ scalar: Unicode.Scalar) {
    let value = scalar.value
    if value < 0x20 || (0x7F...0x9F).contains(value) {
      self = .control
      return
    }
    if value < 0x061C { return nil }
    switch value {
    case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: self = .bidiControl
    case 0xFEFF: self = .byteOrderMark
    case 0x2028, 0x2029: self = .lineSeparator
    default: return nil
    }
  }

  /// Whether `scalar` must never be written to a terminal as it is.
  @inline(__always)
  public static func contains(_ scalar: Unicode.Scalar) -> Bool {
    WithheldCharacter(scalar) != nil
  }

  /// The visible stand-in for a withheld character where one must be shown: the Control
  /// Picture for a C0 control or DEL (␛ for ESC), U+FFFD for the others.
  public static func visibleStandIn(for scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar.value {
    case 0x00..<0x20: Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}"
    case 0x7F: "\u{2421}"
    default: "\u{FFFD}"
    }
  }

  /// `text` for one line of a command's output: controls (tab and newline included) and line
  /// separators become spaces, bidi controls and the byte order mark are left out.
  public static func printableLine(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: contains) else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch WithheldCharacter(scalar) {
      case nil: result.append(scalar)
      case .control, .lineSeparator: result.append(" ")
      case .bidiControl, .byteOrderMark: continue
      }
    }
    return String(result)
  }
}
