/// Prepares text for the full-text index so that Chinese, Japanese and Korean can be searched.
///
/// FTS5's `unicode61` tokenizer keeps a run of ideographs as one token, so a word inside the
/// run could never be found. Putting a zero-width space (a separator for `unicode61`) around
/// every Han, Kana and Hangul character indexes each as its own token; a query word in those
/// scripts, prepared the same way, becomes a phrase of consecutive characters, which is a
/// substring search. Text without those scripts is returned unchanged. The zero-width spaces
/// are removed again from snippets and highlights.
public enum FullTextSegmenter {
  /// The separator inserted between characters.
  static let separator: Unicode.Scalar = "\u{200B}"

  /// `text` with a zero-width space on each side of every CJK or Hangul character.
  public static func segmented(_ text: String) -> String {
    // Every segmented scalar is U+1100 or above, whose UTF-8 lead byte is 0xE1 or more: most
    // texts are passed back after a byte scan, without decoding a scalar.
    guard text.utf8.contains(where: { $0 >= 0xE1 }),
      text.unicodeScalars.contains(where: isSegmented)
    else { return text }
    var result = String.UnicodeScalarView()
    var previousSegmented = false
    for scalar in text.unicodeScalars {
      let segmented = isSegmented(scalar)
      if (segmented || previousSegmented) && !result.isEmpty { result.append(separator) }
      result.append(scalar)
      previousSegmented = segmented
    }
    return String(result)
  }

  /// Whether the scalar is a Han ideograph, Hiragana, Katakana or Hangul.
  static func isSegmented(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x3040...0x30FF, 0x31F0...0x31FF,  // Hiragana, Katakana
      0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F,  // Han
      0x1100...0x11FF, 0x3130...0x318F, 0xAC00...0xD7AF:  // Hangul
      true
    default:
      false
    }
  }
}
