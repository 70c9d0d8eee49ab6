/// Maps theme colours to what a terminal with a given number of colours can show.
public enum ColorReduction {
  /// The palette index (or -1 for the terminal default) to use for `color` on a terminal
  /// with `available` colours.
  public static func index(for color: TerminalColor, available: Int) -> Int {
    switch color {
    case .terminalDefault:
      return -1
    case .indexed(let value):
      let index = Int(value)
      if index < available { return index }
      if index < 16 { return index - 8 }
      return nearestBasic(rgb(ofIndex: index), available: available)
    case .rgb(let red, let green, let blue):
      let colour = (Int(red), Int(green), Int(blue))
      if available >= 256 { return nearest256(colour) }
      return nearestBasic(colour, available: available)
    }
  }

  /// The xterm palette colour of a 256-colour index.
  static func rgb(ofIndex index: Int) -> (Int, Int, Int) {
    if index < 16 { return basic[index] }
    if index >= 232 {
      let level = 8 + (index - 232) * 10
      return (level, level, level)
    }
    let cube = index - 16
    let steps = [0, 95, 135, 175, 215, 255]
    return (steps[cube / 36], steps[(cube / 6) % 6], steps[cube % 6])
  }

  /// The xterm values of the 16 ANSI colours.
  static let basic: [(Int, Int, Int)] = [
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205),
    (0, 205, 205), (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
    (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
  ]

  static func nearestBasic(_ colour: (Int, Int, Int), available: Int) -> Int {
    let count = min(max(available, 1), 16)
    return (0..<count).min { distance(basic[$0], colour) < distance(basic[$1], colour) } ?? 0
  }

  static func nearest256(_ colour: (Int, Int, Int)) -> Int {
    (16..<256).min { distance(rgb(ofIndex: $0), colour) < distance(rgb(ofIndex: $1), colour) }
      ?? 16
  }

  static func distance(_ lhs: (Int, Int, Int), _ rhs: (Int, Int, Int)) -> Int {
    let red = lhs.0 - rhs.0
    let green = lhs.1 - rhs.1
    let blue = lhs.2 - rhs.2
    return red * red * 3 + green * green * 4 + blue * blue * 2
  }
}
