import Foundation

/// Dates as the reader shows them: ISO day, in UTC, so every machine shows the same text.
enum DateText {
  /// The Gregorian calendar in UTC, made once (list rows ask for a date on every frame).
  private static let calendar: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    return calendar
  }()

  /// `2024-05-01`.
  static func short(_ date: Date) -> String {
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    let year = parts.year ?? 0
    let month = parts.month ?? 0
    let day = parts.day ?? 0
    return String(format: "%04d-%02d-%02d", year, month, day)
  }
}
