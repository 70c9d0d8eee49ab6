/// A refresh interval as `byline serve --refresh` takes it: `90`, `30s`, `15m`, `1h`; 0 is never.
enum ServeInterval {
  /// The interval in seconds, or `nil` when `text` is not one.
  static func seconds(_ text: String) -> Double? {
    let units: [Character: Double] = ["s": 1, "m": 60, "h": 3600]
    var number = Substring(text)
    var unit = 1.0
    if let last = text.last, let factor = units[last] {
      number = number.dropLast()
      unit = factor
    }
    guard let value = Double(number), value >= 0, value.isFinite else { return nil }
    return value * unit
  }
}
