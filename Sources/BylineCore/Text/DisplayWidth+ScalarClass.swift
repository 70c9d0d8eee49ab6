extension DisplayWidth {
  /// How glibc treats a code point; the raw values are the ones in the generated ``rangeTable``.
  enum ScalarClass: UInt8, Sendable {
    /// A C0 or C1 control or DEL (glibc: not printable).
    case control = 0
    /// Unassigned in glibc's Unicode version, a surrogate, or a line/paragraph separator
    /// (glibc: not printable).
    case unprintable = 1
    /// A zero-width mark that joins the previous cell (Mn, Me, Hangul medial and final jamo).
    case mark = 2
    /// A zero-width format character (Cf): nothing to draw.
    case format = 3
    /// A wide character (East Asian Width W or F): 2 columns.
    case wide = 4
    /// Everything else: 1 column.
    case narrow = 255
  }
}
