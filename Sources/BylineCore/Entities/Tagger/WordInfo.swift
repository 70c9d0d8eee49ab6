/// What the tagger knows about one token on its own: hashes of its forms and its casing.
///
/// Computed once per token; the features of a token and of its neighbours are built from these.
struct WordInfo: Sendable {
  /// The token as written (quotes and dashes normalised to the CoNLL forms).
  var exact: UInt64 = 0
  /// Lower case, digits replaced by `0`.
  var lower: UInt64 = 0
  /// Shape: `X` upper, `x` lower, `d` digit, `L` caseless letter, punctuation as itself; runs
  /// longer than four cut to four (`Xxxx`).
  var shape: UInt64 = 0
  /// Shape with every run collapsed to one (`Xx`, `X.X.`, `d,d.d`).
  var shortShape: UInt64 = 0
  /// Prefixes of the lower-case form, 1 to 4 scalars.
  var prefixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
  /// Suffixes of the lower-case form, 1 to 4 scalars.
  var suffixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
  /// The first scalar is an upper-case letter.
  var startsUpper = false
  /// The first scalar is a lower-case letter.
  var startsLower = false
  /// Has letters, none of them lower case.
  var isAllCaps = false
  /// Has at least one lower-case letter.
  var hasLower = false
  /// Has at least two letters.
  var hasTwoLetters = false

  /// Analyses `text` (one token).
  init(_ text: String) {
    var normalised: [UInt8] = []
    normalised.reserveCapacity(text.utf8.count)
    var lowerBytes: [UInt8] = []
    lowerBytes.reserveCapacity(text.utf8.count)
    var shapeHash = FeatureHash.empty
    var shortHash = FeatureHash.empty
    var lastShape: UInt8 = 0
    var run = 0
    var letters = 0
    var first = true
    var uppers = 0
    for scalar in text.unicodeScalars {
      let value = scalar.value
      var shapeByte: UInt8
      if value < 0x80 {
        let byte = UInt8(value)
        normalised.append(byte)
        switch byte {
        case 0x41...0x5A:
          shapeByte = UInt8(ascii: "X")
          lowerBytes.append(byte | 0x20)
        case 0x61...0x7A:
          shapeByte = UInt8(ascii: "x")
          lowerBytes.append(byte)
        case 0x30...0x39:
          shapeByte = UInt8(ascii: "d")
          lowerBytes.append(UInt8(ascii: "0"))
        default:
          shapeByte = byte
          lowerBytes.append(byte)
        }
      } else {
        let replacement = Self.normalisedPunctuation(value)
        if let replacement {
          normalised.append(contentsOf: replacement.utf8)
          lowerBytes.append(contentsOf: replacement.utf8)
          shapeByte = replacement.utf8.first ?? UInt8(ascii: "o")
        } else {
          normalised.append(contentsOf: String(scalar).utf8)
          let properties = scalar.properties
          if properties.isUppercase {
            shapeByte = UInt8(ascii: "X")
            lowerBytes.append(contentsOf: properties.lowercaseMapping.utf8)
          } else if properties.isLowercase {
            shapeByte = UInt8(ascii: "x")
            lowerBytes.append(contentsOf: String(scalar).utf8)
          } else if properties.isAlphabetic {
            shapeByte = UInt8(ascii: "L")
            lowerBytes.append(contentsOf: String(scalar).utf8)
          } else if properties.numericType == .decimal {
            shapeByte = UInt8(ascii: "d")
            lowerBytes.append(UInt8(ascii: "0"))
          } else {
            shapeByte = UInt8(ascii: "o")
            lowerBytes.append(contentsOf: String(scalar).utf8)
          }
        }
      }
      switch shapeByte {
      case UInt8(ascii: "X"):
        uppers += 1
        letters += 1
        if first { startsUpper = true }
      case UInt8(ascii: "x"):
        hasLower = true
        letters += 1
        if first { startsLower = true }
      case UInt8(ascii: "L"):
        letters += 1
      default: break
      }
      first = false
      if shapeByte == lastShape {
        run += 1
      } else {
        run = 1
        shortHash = FeatureHash.adding(shapeByte, to: shortHash)
      }
      if run <= 4 { shapeHash = FeatureHash.adding(shapeByte, to: shapeHash) }
      lastShape = shapeByte
    }
    isAllCaps = uppers > 0 && !hasLower
    hasTwoLetters = letters >= 2
    shape = shapeHash
    shortShape = shortHash
    exact = FeatureHash.of(normalised)
    lower = FeatureHash.of(lowerBytes)
    (prefixes, suffixes) = Self.affixes(of: lowerBytes)
  }

  /// The CoNLL form of curly quotes and long dashes, or `nil` for other scalars.
  private static func normalisedPunctuation(_ value: UInt32) -> String? {
    switch value {
    case 0x2018, 0x2019, 0x201A, 0x2032: "'"
    case 0x201C, 0x201D, 0x201E, 0x00AB, 0x00BB, 0x2033: "\""
    case 0x2013, 0x2014, 0x2015, 0x2212: "--"
    case 0x2026: "..."
    default: nil
    }
  }

  /// Hashes of the first and last one to four scalars of `bytes` (UTF-8).
  private static func affixes(
    of bytes: [UInt8]
  ) -> ((UInt64, UInt64, UInt64, UInt64), (UInt64, UInt64, UInt64, UInt64)) {
    var prefixes: [UInt64] = [0, 0, 0, 0]
    var hash = FeatureHash.empty
    var scalars = 0
    var index = 0
    while index < bytes.count, scalars < 4 {
      hash = FeatureHash.adding(bytes[index], to: hash)
      index += 1
      if index == bytes.count || bytes[index] & 0xC0 != 0x80 {
        prefixes[scalars] = hash
        scalars += 1
      }
    }
    for fill in scalars..<4 { prefixes[fill] = fill > 0 ? prefixes[fill - 1] : hash }
    var suffixes: [UInt64] = [0, 0, 0, 0]
    var found = 0
    var start = bytes.count
    while start > 0, found < 4 {
      start -= 1
      if bytes[start] & 0xC0 != 0x80 {
        suffixes[found] = FeatureHash.of(bytes[start...]) ^ 0x5555
        found += 1
      }
    }
    for fill in found..<4 { suffixes[fill] = fill > 0 ? suffixes[fill - 1] : 0x5555 }
    return (
      (prefixes[0], prefixes[1], prefixes[2], prefixes[3]),
      (suffixes[0], suffixes[1], suffixes[2], suffixes[3])
    )
  }
}
