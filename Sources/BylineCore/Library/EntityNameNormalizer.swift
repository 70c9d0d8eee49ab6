import Foundation

/// Normalises entity names for look-up: case and diacritics folded, a trailing possessive
/// (`'s`, `’s`) removed, punctuation turned into spaces and runs of spaces collapsed, so that
/// "Putin's", "PUTIN" and "Putín" all match "putin".
public enum EntityNameNormalizer {
  /// The normalised form of `name`.
  public static func normalized(_ name: String) -> String {
    var text = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
      .lowercased()
    for suffix in ["'s", "’s", "'", "’"] where text.hasSuffix(suffix) && text.count > suffix.count {
      text.removeLast(suffix.count)
      break
    }
    var result = ""
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
        if pendingSpace, !result.isEmpty { result.unicodeScalars.append(" ") }
        pendingSpace = false
        result.unicodeScalars.append(scalar)
      } else if scalar == "." || scalar == "\u{2019}" || scalar == "'" {
        continue  // "U.S." matches "US"; "O'Brien" matches "OBrien"
      } else {
        pendingSpace = true
      }
    }
    return result
  }
}
