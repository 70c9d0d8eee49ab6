import Foundation

/// Reading the header values refreshing needs.
enum HTTPHeaderValues {
  /// The `max-age` of a `Cache-Control` value, in seconds (`no-store`, `no-cache` count as 0).
  static func maxAge(_ cacheControl: String?) -> Double? {
    guard let cacheControl else { return nil }
    for directive in cacheControl.lowercased().split(separator: ",") {
      let part = directive.trimmingCharacters(in: .whitespaces)
      if part == "no-store" || part == "no-cache" { return 0 }
      if part.hasPrefix("max-age="), let seconds = Double(part.dropFirst(8)) {
        return max(0, seconds)
      }
    }
    return nil
  }

  /// A `Retry-After` value in seconds from `now`: a number of seconds or an HTTP date.
  static func retryAfter(_ value: String?, now: Date = Date()) -> Double? {
    guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else {
      return nil
    }
    if let seconds = Double(value) { return max(0, seconds) }
    guard let date = httpDate(value) else { return nil }
    return max(0, date.timeIntervalSince(now))
  }

  /// An HTTP date (`Sun, 06 Nov 1994 08:49:37 GMT`).
  static func httpDate(_ text: String) -> Date? {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "GMT")
    formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
    return formatter.date(from: text)
  }

  /// `date` as an HTTP date.
  static func httpDateString(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "GMT")
    formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
    return formatter.string(from: date)
  }
}
