import BylineCore
import Foundation

extension FuzzTarget {
  /// The sanitiser: its output keeps the contract whatever comes in, loses nothing else, and a
  /// second pass changes nothing.
  func checkSanitizer(_ bytes: [UInt8]) throws(InvariantViolation) {
    let text = String(decoding: bytes, as: UTF8.self)
    let clean = TextSanitizer.sanitize(text)
    try TerminalCheck.requireSafe(clean, "sanitised text", in: self)
    try require(
      clean.unicodeScalars.count <= text.unicodeScalars.count, "sanitising made the text longer")
    try require(TextSanitizer.sanitize(clean) == clean, "sanitising twice changed the text")
    let title = TextSanitizer.sanitizeTitle(text)
    try TerminalCheck.requireSafe(title, "sanitised title", singleLine: true, in: self)
    try require(
      !title.hasPrefix(" ") && !title.hasSuffix(" ") && !title.contains("  "),
      "a title keeps spaces at its ends or a run of spaces")
    try require(!title.unicodeScalars.contains("\u{AD}"), "a title keeps a soft hyphen")
    let line = TextSanitizer.sanitizeLine(text)
    try TerminalCheck.requireSafe(line, "sanitised line", singleLine: true, in: self)
  }

  /// The date parser: a date it gives prints as ISO and reads back as the same second.
  func checkDate(_ bytes: [UInt8]) throws(InvariantViolation) {
    let text = String(decoding: bytes, as: UTF8.self)
    guard let date = DateParser.date(from: text) else { return }
    try require(date.timeIntervalSince1970.isFinite, "'\(text)' gave a date that is not finite")
    let iso = DateParser.isoString(date)
    try require(iso.unicodeScalars.allSatisfy(\.isASCII), "ISO text '\(iso)' is not ASCII")
    try require(
      DateParser.isoDay(date) == String(iso.prefix(10)), "ISO day and ISO text disagree")
    // Years 1...9999 read back; an offset can move a date just outside them.
    guard let year = Int(iso.prefix(4)), (1...9999).contains(year), iso.dropFirst(4).first == "-"
    else { return }
    let whole = date.timeIntervalSince1970.rounded(.down)
    try require(
      DateParser.date(from: iso)?.timeIntervalSince1970 == whole,
      "'\(text)' gave \(iso), which does not read back as the same second")
  }

  /// The FTS query translation: whatever the user types, the expression is one SQLite's FTS5
  /// accepts (checked against a real FTS5 table shaped like the library's).
  func checkFullTextQuery(_ bytes: [UInt8]) throws(InvariantViolation) {
    let text = String(decoding: bytes, as: UTF8.self)
    let terms = FullTextQuery.terms(in: text)
    guard let expression = FullTextQuery.expression(for: text) else {
      try require(terms.isEmpty, "terms were found but no expression was made")
      return
    }
    try require(!terms.isEmpty, "an expression was made without terms")
    if let problem = FullTextProbe.shared.problem(matching: expression) {
      throw InvariantViolation(self, "FTS5 refused '\(expression)': \(problem)")
    }
  }
}
