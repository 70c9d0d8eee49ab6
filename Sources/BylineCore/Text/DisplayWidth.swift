/// Display width in terminal columns, equal to what ncursesw computes under a UTF-8 locale.
///
/// ncursesw asks glibc's `wcwidth` for the width of the first character of every cell, so a grid
/// cell's width must be exactly that number or stale glyphs are left beside it. The widths here
/// come from a table generated from Unicode data with glibc's own rules
/// (`DisplayWidth+Tables.swift`, see `Scripts/generate-width-table.py`) and are checked against
/// glibc for every code point by the tests.
///
/// A grapheme (a `Character`) fills one cell. What is written into that cell is
/// ``terminalText(for:)``, and `columns(of:)` is exactly glibc's width of it:
///
/// * ordinary text: the first scalar plus the combining marks that follow it (at most four,
///   the room ncurses has in one cell), so "e" + U+0301 keeps its accent and Hangul jamo
///   sequences stay whole;
/// * emoji sequences — flags (two regional indicators), ZWJ sequences, skin-tone modifiers,
///   keycaps, variation selectors: the first scalar only (🇰🇷 → 🇰, 👨‍👩‍👧 → 👨, 👍🏽 → 👍,
///   1️⃣ → 1, ❤️ → ❤ in 1 column). Terminals disagree on how wide the whole sequences are;
///   a single scalar has one width everywhere, so no column ever shifts;
/// * a grapheme that begins with a combining mark (at the start of a text) is shown on a dotted
///   circle U+25CC, 1 column;
/// * C0 controls and DEL become the matching Control Pictures (U+2400–U+2421, e.g. ␛ for ESC),
///   C1 controls and characters the locale does not know (unassigned in glibc's Unicode version,
///   surrogates, line and paragraph separators) become U+FFFD; each is 1 column. A control is
///   never written to the terminal;
/// * format characters (zero width joiner, bidi marks and overrides,
///   tags) are not written at all and take 0 columns; the soft hyphen is 1 column to glibc and
///   is written like any other character.
public enum DisplayWidth {
  /// Columns a grapheme occupies: 0, 1 or 2 — glibc's width of ``terminalText(for:)``.
  public static func columns(of character: Character) -> Int {
    if isPrintableASCII(character) { return 1 }
    guard let first = character.unicodeScalars.first else { return 0 }
    return columns(ofCellStartingWith: first)
  }

  /// Columns a string occupies: the sum over its graphemes.
  public static func columns(of text: some StringProtocol) -> Int {
    var allPrintableASCII = true
    for byte in text.utf8 where byte < 0x20 || byte >= 0x7F {
      allPrintableASCII = false
      break
    }
    if allPrintableASCII { return text.utf8.count }
    var total = 0
    for character in text { total += columns(of: character) }
    return total
  }

  /// The text the terminal backend writes into the one cell that holds `character`; its glibc
  /// width is `columns(of:)`. Never contains a control character; empty when the
  /// grapheme is invisible (0 columns).
  public static func terminalText(for character: Character) -> String {
    if isPrintableASCII(character) { return String(character) }
    return cell(for: character).text
  }

  /// glibc's `wcwidth` of one scalar under a UTF-8 locale: -1 when not printable (controls, code
  /// points glibc's Unicode version does not assign), otherwise 0, 1 or 2. `wcwidth(0)` is 0 in
  /// glibc; here U+0000 is a control like the others (-1).
  static func scalarWidth(_ scalar: Unicode.Scalar) -> Int {
    switch scalarClass(scalar.value) {
    case .control, .unprintable: -1
    case .mark, .format: 0
    case .narrow: 1
    case .wide: 2
    }
  }

  /// The class of a code point, by binary search in the generated ``rangeTable``.
  static func scalarClass(_ value: UInt32) -> ScalarClass {
    if value >= 0x20 && value < 0x7F { return .narrow }
    let table = rangeTable
    var low = 0
    var high = table.count / 3
    while low < high {
      let middle = (low + high) / 2
      let base = middle * 3
      if value < table[base] {
        high = middle
      } else if value > table[base + 1] {
        low = middle + 1
      } else {
        return ScalarClass(rawValue: UInt8(table[base + 2])) ?? .narrow
      }
    }
    return .narrow
  }

  /// Whether `character` is one printable ASCII byte, the fast path.
  @inline(__always)
  private static func isPrintableASCII(_ character: Character) -> Bool {
    let utf8 = character.utf8
    guard utf8.count == 1, let byte = utf8.first else { return false }
    return byte >= 0x20 && byte < 0x7F
  }

  /// Combining marks written after the first scalar of a cell at most (ncurses' `CCHARW_MAX` is
  /// 5 characters per cell).
  private static let maximumMarks = 4

  /// The width of the cell of a grapheme whose first scalar is `first`: the glibc width of what
  /// ``cell(for:)`` writes, computed without building it.
  private static func columns(ofCellStartingWith first: Unicode.Scalar) -> Int {
    switch scalarClass(first.value) {
    case .format: 0
    case .control, .unprintable, .mark, .narrow: 1
    case .wide: 2
    }
  }

  /// The text and width of one cell, following the rules in the type's documentation.
  private static func cell(for character: Character) -> (text: String, columns: Int) {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return ("", 0) }
    let columns = columns(ofCellStartingWith: first)
    var text = String.UnicodeScalarView()
    switch scalarClass(first.value) {
    case .control: return (String(WithheldCharacter.visibleStandIn(for: first)), columns)
    case .unprintable: return ("\u{FFFD}", columns)
    case .format: return ("", columns)
    case .mark: text.append("\u{25CC}")
    case .narrow, .wide: break
    }
    text.append(first)
    var marks = 0
    for scalar in scalars.dropFirst() {
      guard scalarClass(scalar.value) == .mark else { break }
      if isEmojiComponent(scalar) {
        // Variation selectors and the keycap mark make an emoji sequence: first scalar only.
        return (String(String.UnicodeScalarView([first])), columns)
      }
      guard marks < maximumMarks else { break }
      text.append(scalar)
      marks += 1
    }
    return (String(text), columns)
  }

  /// Whether `scalar` is a zero-width mark that turns its base into an emoji presentation or
  /// sequence: variation selectors and COMBINING ENCLOSING KEYCAP.
  private static func isEmojiComponent(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0xFE00...0xFE0F, 0xE0100...0xE01EF, 0x20E3: true
    default: false
    }
  }
}
