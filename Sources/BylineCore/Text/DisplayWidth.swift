/// Display width in terminal columns.
///
/// PROVISIONAL: a small hand-written approximation kept only until the generated table lands
/// (widththemes branch replaces this whole file).
public enum DisplayWidth {
  /// Columns a grapheme occupies: 0, 1 or 2.
  public static func columns(of character: Character) -> Int {
    guard let scalar = character.unicodeScalars.first else { return 0 }
    let v = scalar.value
    if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
    if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v)
      || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v)
      || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
      || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
      || (0x1F900...0x1F9FF).contains(v) || (0x20000...0x3FFFD).contains(v)
    {
      return 2
    }
    return 1
  }

  /// Columns a string occupies.
  public static func columns(of text: some StringProtocol) -> Int {
    text.reduce(0) { $0 + columns(of: $1) }
  }

  /// The text to send to the terminal for a grapheme whose width is `columns(of:)`; for
  /// multi-scalar emoji sequences this is the first scalar only, so no column ever shifts.
  public static func terminalText(for character: Character) -> String {
    guard character.unicodeScalars.count > 1, let first = character.unicodeScalars.first else {
      return String(character)
    }
    return String(first)
  }
}
