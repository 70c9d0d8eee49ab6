/// Dates that mean a different day in every article: weekdays, "today", "this year", "last
/// week". They are not linked across articles (they get no entity ID, so no entity page and no
/// place in related-entity lists); absolute dates ("1989", "9 November 1989", "May") are.
enum RelativeDate {
  /// Whether a date mention is relative: it has no digit and names no month.
  static func isRelative(_ text: String) -> Bool {
    if text.unicodeScalars.contains(where: { $0.properties.numericType != nil }) { return false }
    let words = EntityNameNormalizer.split(EntityNameNormalizer.fold(text))
    return !words.contains { months.contains($0) }
  }

  /// Month names and their abbreviations, folded.
  private static let months: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
  ]
}
