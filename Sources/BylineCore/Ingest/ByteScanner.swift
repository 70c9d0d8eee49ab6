/// A cursor over ASCII bytes, for the small fixed grammars of dates.
struct ByteScanner {
  let bytes: [UInt8]
  var position = 0

  init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  var isAtEnd: Bool { position >= bytes.count }

  private var current: UInt8? { position < bytes.count ? bytes[position] : nil }

  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  /// Consumes exactly `count` digits.
  mutating func digits(exactly count: Int) -> Int? {
    guard position + count <= bytes.count else { return nil }
    var value = 0
    for offset in 0..<count {
      let byte = bytes[position + offset]
      guard Self.isDigit(byte) else { return nil }
      value = value * 10 + Int(byte - UInt8(ascii: "0"))
    }
    position += count
    return value
  }

  /// Consumes one to `limit` digits.
  mutating func digits(atMost limit: Int) -> Int? {
    var value = 0
    var taken = 0
    while taken < limit, let byte = current, Self.isDigit(byte) {
      value = value * 10 + Int(byte - UInt8(ascii: "0"))
      position += 1
      taken += 1
    }
    return taken > 0 ? value : nil
  }

  /// Consumes `character` if it is next.
  mutating func take(_ character: UInt8) -> Bool {
    guard current == character else { return false }
    position += 1
    return true
  }

  /// Consumes and returns the next byte if it is one of `characters`.
  mutating func take(oneOf characters: String) -> UInt8? {
    guard let byte = current, characters.utf8.contains(byte) else { return nil }
    position += 1
    return byte
  }

  mutating func skipSpaces() {
    while current == UInt8(ascii: " ") { position += 1 }
  }

  /// `hh:mm`, `hh:mm:ss` or `hh:mm:ss.fraction`, as seconds since midnight.
  mutating func time() -> Double? {
    guard let hour = digits(atMost: 2), hour < 24, take(UInt8(ascii: ":")),
      let minute = digits(exactly: 2), minute < 60
    else { return nil }
    var seconds = Double(hour * 3600 + minute * 60)
    if take(UInt8(ascii: ":")) {
      guard let second = digits(exactly: 2), second <= 60 else { return nil }
      seconds += Double(second)
      if take(oneOf: ".,") != nil {
        var scale = 0.1
        var any = false
        while let byte = current, Self.isDigit(byte) {
          seconds += Double(byte - UInt8(ascii: "0")) * scale
          scale /= 10
          position += 1
          any = true
        }
        guard any else { return nil }
      }
    }
    return seconds
  }

  /// `Z`, `±hh:mm`, `±hhmm` or `±hh`, as seconds east of UTC.
  mutating func zoneOffset() -> Int? {
    if take(UInt8(ascii: "Z")) || take(UInt8(ascii: "z")) { return 0 }
    guard let sign = take(oneOf: "+-") else {
      let rest = String(decoding: bytes[position...], as: UTF8.self).uppercased()
      let zones = ["GMT": 0, "UTC": 0, "UT": 0]
      guard let offset = zones[rest] else { return nil }
      position = bytes.count
      return offset
    }
    guard let hours = digits(exactly: 2), hours <= 14 else { return nil }
    var minutes = 0
    if take(UInt8(ascii: ":")) {
      guard let value = digits(exactly: 2) else { return nil }
      minutes = value
    } else if let value = digits(exactly: 2) {
      minutes = value
    }
    guard minutes < 60 else { return nil }
    let offset = hours * 3600 + minutes * 60
    return sign == UInt8(ascii: "-") ? -offset : offset
  }
}
