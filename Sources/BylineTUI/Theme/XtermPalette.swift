/// The xterm 256-colour palette and nearest-colour search, used to fit a theme to the colours a
/// terminal has.
enum XtermPalette {
  /// An RGB triple.
  typealias RGB = (red: Int, green: Int, blue: Int)

  /// xterm's default values of the 16 ANSI colours.
  private static let ansi: [RGB] = [
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205),
    (0, 205, 205), (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
    (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
  ]

  /// The six levels of the 6×6×6 colour cube (indices 16–231).
  private static let cubeLevels = [0, 95, 135, 175, 215, 255]

  /// The RGB value of palette entry `index`.
  static func rgb(ofIndex index: Int) -> RGB {
    switch index {
    case ..<16: return ansi[max(0, index)]
    case 16..<232:
      let cube = index - 16
      return (cubeLevels[cube / 36], cubeLevels[cube / 6 % 6], cubeLevels[cube % 6])
    default:
      let level = 8 + 10 * (min(index, 255) - 232)
      return (level, level, level)
    }
  }

  /// The palette index in `candidates` nearest to `color`, by the "redmean" weighted distance
  /// (a cheap approximation of perceived difference).
  static func nearestIndex(to color: RGB, among candidates: Range<Int>) -> Int {
    var best = candidates.lowerBound
    var bestDistance = Int.max
    for index in candidates {
      let distance = self.distance(color, rgb(ofIndex: index))
      if distance < bestDistance {
        best = index
        bestDistance = distance
      }
    }
    return best
  }

  /// Weighted squared distance between two colours (scaled by 256 to stay in integers).
  static func distance(_ a: RGB, _ b: RGB) -> Int {
    let redMean = (a.red + b.red) / 2
    let red = a.red - b.red
    let green = a.green - b.green
    let blue = a.blue - b.blue
    return (512 + redMean) * red * red + 1024 * green * green + (767 - redMean) * blue * blue
  }
}
