/// Makes text from files safe to keep and to show in a terminal.
///
/// Every string a reader produces goes through here, so nothing downstream can ever write a
/// control or escape sequence from content to the terminal. ``sanitize(_:)``:
///
/// The characters it removes are those of ``WithheldCharacter``'s table, so the sanitiser, the
/// screen and the command line agree on what never reaches a terminal. It:
///
/// - drops C0 controls except tab and newline (a carriage return, vertical tab or form feed is
///   dropped too; readers normalise line endings before this), DEL, and C1 controls
///   (U+0080–U+009F);
/// - drops whole escape sequences: `ESC [` CSI (parameters up to the final byte), `ESC ]` OSC,
///   `ESC P` DCS, `ESC _` APC, `ESC ^` PM and `ESC X` SOS (their payload up to the terminator,
///   BEL or ST, or to the end of the text when unterminated), any other `ESC` with its
///   intermediate and final bytes, and the 8-bit introducers U+009B (CSI), U+009D (OSC),
///   U+0090 (DCS), U+009F (APC), U+009E (PM) and U+0098 (SOS) the same way;
/// - drops the bidi embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069, and also
///   the invisible direction marks U+200E, U+200F and U+061C (terminals do not run the bidi
///   algorithm, so the marks do nothing but take a column in some terminals) and the byte order
///   mark U+FEFF;
/// - turns U+2028 and U+2029 (line and paragraph separators) into newlines.
///
/// Swift strings are always valid Unicode; readers decode bytes before they get here.
public enum TextSanitizer {
  /// `text` with controls, escape sequences and bidi controls removed (see the type's notes).
  public static func sanitize(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: needsWork) else { return text }
    var output = String.UnicodeScalarView()
    var iterator = text.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = nil
    while let scalar = pending ?? iterator.next() {
      pending = nil
      switch scalar.value {
      case 0x1B:
        pending = skipEscape(&iterator)
      case 0x9B:
        pending = skipControlSequence(&iterator)
      case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
        if let after = skipString(&iterator) { pending = skipEscape(first: after, &iterator) }
      case 0x2028, 0x2029:
        output.append("\n")
      default:
        if !isDropped(scalar) { output.append(scalar) }
      }
    }
    return String(output)
  }

  /// A title (or any one-line field such as an author): sanitised, soft hyphens removed, every
  /// run of whitespace (including newlines and no-break spaces) turned into one space, trimmed.
  public static func sanitizeTitle(_ text: String) -> String {
    collapseWhitespace(sanitize(text))
  }

  /// `text` sanitised and on one line, newlines and tabs shown as spaces but other spacing kept
  /// (for file paths, which must read exactly as they are).
  public static func sanitizeLine(_ text: String) -> String {
    let clean = sanitize(text)
    guard clean.utf8.contains(where: { $0 == 0x0A || $0 == 0x09 }) else { return clean }
    var output = String.UnicodeScalarView()
    for scalar in clean.unicodeScalars {
      output.append(scalar == "\n" || scalar == "\t" ? " " : scalar)
    }
    return String(output)
  }

  /// `text` on one line: soft hyphens removed, whitespace runs collapsed to one space, trimmed.
  static func collapseWhitespace(_ text: String) -> String {
    var output = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      if scalar == "\u{AD}" { continue }
      if isSpace(scalar) {
        pendingSpace = !output.isEmpty
        continue
      }
      if pendingSpace {
        output.append(" ")
        pendingSpace = false
      }
      output.append(scalar)
    }
    return String(output)
  }

  /// Whether the scalar is white space (Unicode's `White_Space`), without the cost of a property
  /// lookup: this runs for every scalar of every article.
  @inline(__always)
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
    switch value {
    case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
    default: return false
    }
  }

  /// Whether the scalar is removed wherever it appears: every character of
  /// ``WithheldCharacter``'s table but tab and newline (the text's own structure) and the line
  /// separators (which become newlines).
  @inline(__always)
  static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
    switch WithheldCharacter(scalar) {
    case nil, .lineSeparator: false
    case .control: scalar != "\t" && scalar != "\n"
    case .bidiControl, .byteOrderMark: true
    }
  }

  @inline(__always)
  private static func needsWork(_ scalar: Unicode.Scalar) -> Bool {
    WithheldCharacter.contains(scalar) && scalar != "\t" && scalar != "\n"
  }

  /// Skips what follows an ESC (`first` is the scalar right after it, when already read);
  /// returns a scalar read too far that must be processed normally.
  ///
  /// A string payload interrupted by another ESC starts a new sequence; that chain is followed
  /// in a loop, not by recursion, so any number of nested `ESC ]` cannot exhaust the stack
  /// (issue 17: 60,000 of them crashed `byline dump` and `byline add`).
  private static func skipEscape(
    first: Unicode.Scalar? = nil, _ iterator: inout String.UnicodeScalarView.Iterator
  ) -> Unicode.Scalar? {
    var first = first
    while true {
      guard let next = first ?? iterator.next() else { return nil }
      first = nil
      switch next {
      case "[": return skipControlSequence(&iterator)
      case "]", "P", "_", "^", "X":
        guard let after = skipString(&iterator) else { return nil }
        first = after
      default:
        var current = next
        // Intermediate bytes, then one final byte.
        while (0x20...0x2F).contains(current.value) {
          guard let following = iterator.next() else { return nil }
          current = following
        }
        if (0x30...0x7E).contains(current.value) { return nil }
        return current  // Not an escape sequence after all: keep what follows the ESC.
      }
    }
  }

  /// Skips a CSI's parameter and intermediate bytes and its final byte.
  private static func skipControlSequence(
    _ iterator: inout String.UnicodeScalarView.Iterator
  ) -> Unicode.Scalar? {
    while let next = iterator.next() {
      let value = next.value
      if (0x20...0x3F).contains(value) { continue }
      if (0x40...0x7E).contains(value) { return nil }
      return next  // Broken sequence: stop here and keep this scalar.
    }
    return nil
  }

  /// Skips a string payload (OSC, DCS, APC, PM, SOS) up to BEL or ST (`ESC \` or U+009C).
  /// An ESC inside the payload that is not ST ends the string and starts a new sequence: the
  /// scalar after that ESC is returned for ``skipEscape(first:_:)``; otherwise `nil`.
  private static func skipString(
    _ iterator: inout String.UnicodeScalarView.Iterator
  ) -> Unicode.Scalar? {
    while let next = iterator.next() {
      switch next.value {
      case 0x07, 0x9C: return nil
      case 0x1B:
        guard let after = iterator.next() else { return nil }
        return after == "\\" ? nil : after
      default: continue
      }
    }
    return nil
  }
}
