import Foundation

/// Numbers as the status line shows them, independent of the locale.
enum CountText {
  /// `1200` as `1,200`.
  static func grouped(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var result = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
      result.append(digit)
    }
    return value < 0 ? "-" + result : result
  }

  /// "1 article", "14 articles", "1,200 articles".
  static func articles(_ count: Int) -> String {
    counted(count, "article", "articles")
  }

  /// `count` with the noun that agrees with it: "1 file", "0 files", "1,200 files".
  static func counted(_ count: Int, _ singular: String, _ plural: String) -> String {
    "\(grouped(count)) " + (count == 1 ? singular : plural)
  }

  /// Seconds with one decimal: `1.2 s`.
  static func seconds(_ value: Double) -> String {
    let tenths = Int((max(0, value) * 10).rounded())
    return "\(tenths / 10).\(tenths % 10) s"
  }
}
