import Foundation

/// Parses the dates articles carry, in the forms news sources write them, without locales or
/// `DateFormatter`:
///
/// - RFC 3339 / ISO 8601: `2020-09-27`, `2020-09-27T10:00:00Z`, `2020-09-27T10:00:00.250+02:00`,
///   `2020-09-27 10:00`, and `2020/09/27`;
/// - RFC 822 / 1123 (RSS): `Sun, 27 Sep 2020 10:00:00 +0000`, with `GMT`, `UT`, `Z` or the US zones
///   (`EST`, `EDT`, `CST`, `CDT`, `MST`, `MDT`, `PST`, `PDT`);
/// - prose: `September 27, 2020`, `Sept. 27, 2020`, `Sep 27 2020`, `27 Sep 2020`,
///   `27 September 2020`, with an optional weekday first and an optional time after.
///
/// A date without a time is midnight UTC; a time without a zone is taken as UTC. Anything else
/// (or an impossible date such as 31 February) gives `nil`: dates are never invented.
public enum DateParser {
  /// The date `text` names, or `nil`.
  public static func date(from text: String) -> Date? {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty, trimmed.utf8.count <= 80 else { return nil }
    if let first = trimmed.utf8.first, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first),
      let date = numericDate(Array(trimmed.utf8))
    {
      return date
    }
    return proseDate(trimmed)
  }

  /// The date as an ISO string: `2020-09-27` at midnight UTC, else `2020-09-27T10:00:00Z`.
  public static func isoString(_ date: Date) -> String {
    let seconds = Int(date.timeIntervalSince1970.rounded(.down))
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    let secondOfDay = seconds - days * 86_400
    let (year, month, day) = civil(fromDays: days)
    let datePart = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    if secondOfDay == 0 { return datePart }
    let time =
      "\(pad(secondOfDay / 3600, 2)):\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2))"
    return "\(datePart)T\(time)Z"
  }

  // MARK: - Numeric (ISO) dates

  private static func numericDate(_ bytes: [UInt8]) -> Date? {
    var scanner = ByteScanner(bytes: bytes)
    guard let year = scanner.digits(exactly: 4) else { return nil }
    guard let separator = scanner.take(oneOf: "-/") else { return nil }
    guard let month = scanner.digits(atMost: 2), scanner.take(separator),
      let day = scanner.digits(atMost: 2)
    else { return nil }
    var seconds = 0.0
    var offset = 0
    if !scanner.isAtEnd {
      guard scanner.take(oneOf: "Tt ") != nil else { return nil }
      guard let time = scanner.time() else { return nil }
      seconds = time
      scanner.skipSpaces()
      if !scanner.isAtEnd {
        guard let zone = scanner.zoneOffset() else { return nil }
        offset = zone
      }
      guard scanner.isAtEnd else { return nil }
    }
    return makeDate(year: year, month: month, day: day, seconds: seconds, offset: offset)
  }

  // MARK: - Prose and RFC 822 dates

  private static func proseDate(_ text: String) -> Date? {
    // Split into words and numbers; commas and full stops only separate.
    var tokens: [Substring] = []
    var current = text.startIndex
    var start: String.Index? = nil
    while current < text.endIndex {
      let character = text[current]
      if character == " " || character == "," || character == "\t" || character == "." {
        if let tokenStart = start {
          tokens.append(text[tokenStart..<current])
          start = nil
        }
      } else if start == nil {
        start = current
      }
      current = text.index(after: current)
    }
    if let tokenStart = start { tokens.append(text[tokenStart..<text.endIndex]) }

    var index = 0
    if index < tokens.count, weekdays.contains(tokens[index].lowercased()) { index += 1 }
    guard index + 3 <= tokens.count else { return nil }
    var month: Int
    var day: Int
    if let number = dayNumber(tokens[index]), let named = monthNumber(tokens[index + 1]) {
      day = number
      month = named
    } else if let named = monthNumber(tokens[index]), let number = dayNumber(tokens[index + 1]) {
      month = named
      day = number
    } else {
      return nil
    }
    let yearToken = tokens[index + 2]
    guard var year = Int(yearToken), yearToken.count == 4 || yearToken.count == 2 else {
      return nil
    }
    if yearToken.count == 2 { year += year < 50 ? 2000 : 1900 }
    index += 3
    var seconds = 0.0
    var offset = 0
    if index < tokens.count {
      var scanner = ByteScanner(bytes: Array(tokens[index].utf8))
      guard let time = scanner.time(), scanner.isAtEnd else { return nil }
      seconds = time
      index += 1
      if index < tokens.count {
        if let named = namedZones[tokens[index].uppercased()] {
          offset = named
        } else {
          var zoneScanner = ByteScanner(bytes: Array(tokens[index].utf8))
          guard let zone = zoneScanner.zoneOffset(), zoneScanner.isAtEnd else { return nil }
          offset = zone
        }
        index += 1
      }
    }
    guard index == tokens.count else { return nil }
    return makeDate(year: year, month: month, day: day, seconds: seconds, offset: offset)
  }

  private static func dayNumber(_ token: Substring) -> Int? {
    var text = token
    for suffix in ["st", "nd", "rd", "th"] where text.lowercased().hasSuffix(suffix) {
      text = text.dropLast(2)
      break
    }
    guard text.count <= 2 else { return nil }
    return Int(text)
  }

  private static func monthNumber(_ token: Substring) -> Int? {
    let word = token.lowercased()
    guard word.count >= 3 else { return nil }
    if word == "sept" { return 9 }
    for (number, name) in monthNames.enumerated() {
      if word == name || word == String(name.prefix(3)) { return number + 1 }
    }
    return nil
  }

  private static let monthNames = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
  ]

  private static let weekdays: Set<String> = [
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]

  /// Zone names RFC 822 allows, as offsets in seconds east of UTC.
  private static let namedZones: [String: Int] = [
    "GMT": 0, "UT": 0, "UTC": 0, "Z": 0,
    "EST": -5 * 3600, "EDT": -4 * 3600, "CST": -6 * 3600, "CDT": -5 * 3600,
    "MST": -7 * 3600, "MDT": -6 * 3600, "PST": -8 * 3600, "PDT": -7 * 3600,
  ]

  // MARK: - Calendar arithmetic

  private static func makeDate(
    year: Int, month: Int, day: Int, seconds: Double, offset: Int
  ) -> Date? {
    guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
      day <= daysIn(month: month, year: year)
    else { return nil }
    let days = daysFromCivil(year: year, month: month, day: day)
    let total = Double(days * 86_400) + seconds - Double(offset)
    return Date(timeIntervalSince1970: total)
  }

  private static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's algorithm).
  private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let monthIndex = month > 2 ? month - 3 : month + 9
    let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  private static func civil(fromDays days: Int) -> (Int, Int, Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  private static func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
  }
}
