/// Text attributes a theme may set on a role.
struct TextAttributes: OptionSet, Hashable, Sendable {
  /// The raw bits.
  let rawValue: UInt8
  init(rawValue: UInt8) { self.rawValue = rawValue }

  /// Bold (or bright) text.
  static let bold = TextAttributes(rawValue: 1 << 0)
  /// Dim text.
  static let dim = TextAttributes(rawValue: 1 << 1)
  /// Italic text.
  static let italic = TextAttributes(rawValue: 1 << 2)
  /// Underlined text.
  static let underline = TextAttributes(rawValue: 1 << 3)
  /// Reverse video.
  static let reverse = TextAttributes(rawValue: 1 << 4)
}
