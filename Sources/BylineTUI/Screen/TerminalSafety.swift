import BylineCore

/// The last line of defence against content reaching the terminal as control sequences.
///
/// Readers sanitise text when they read it; this check runs again on every grapheme that goes
/// into the screen grid and into the backend, so no C0 or C1 control, DEL, ESC or bidi
/// override from content can ever be written to the terminal. Such characters are shown as a
/// visible replacement instead.
enum TerminalSafety {
  /// The visible stand-in for a control character or a bidi override.
  static let replacement: Character = "\u{FFFD}"

  /// Whether `scalar` must never be written to the terminal as is.
  /// This is BylineCore's one table, ``WithheldCharacter``.
  static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    WithheldCharacter.contains(scalar)
  }

  /// Whether `scalar` is invisible formatting that is dropped rather than shown (soft hyphen,
  /// zero-width space and joiners outside emoji, byte-order mark).
  static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value == 0xAD || value == 0x200B || value == 0x2060
      || WithheldCharacter(scalar) == .byteOrderMark
  }

  /// What to put in the grid for `character`: the character itself, a visible replacement for
  /// a control character (C0 controls as their Control Pictures symbol), or `nil` to drop it.
  static func displayable(_ character: Character) -> Character? {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return nil }
    if scalars.count == 1 {
      if isDropped(first) { return nil }
      if first == "\t" { return " " }
      if first.value < 0x20 || first.value == 0x7F {
        return Character(WithheldCharacter.visibleStandIn(for: first))
      }
    }
    if scalars.contains(where: isForbidden) { return replacement }
    if scalars.count > 1, scalars.contains(where: isDropped) {
      var kept = String.UnicodeScalarView()
      kept.append(contentsOf: scalars.filter { !isDropped($0) })
      return String(kept).first
    }
    return character
  }
}
