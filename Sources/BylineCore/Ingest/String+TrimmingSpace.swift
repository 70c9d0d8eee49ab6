extension StringProtocol {
  /// The text without leading and trailing white space (as ``TextSanitizer/isSpace(_:)`` counts
  /// it); much cheaper than Foundation's `trimmingCharacters(in:)` on long texts.
  func trimmingSpace() -> String {
    let scalars = String(self).unicodeScalars
    guard let first = scalars.firstIndex(where: { !TextSanitizer.isSpace($0) }),
      let last = scalars.lastIndex(where: { !TextSanitizer.isSpace($0) })
    else { return "" }
    return String(scalars[first...last])
  }
}
